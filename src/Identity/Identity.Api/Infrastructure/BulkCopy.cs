using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace PartnershipHub.Identity.Infrastructure;

/// <summary>
/// Inserts many new entities with PostgreSQL's binary COPY on the context's connection, inside its current
/// transaction (the same helper as Students' import has). Tables, columns and value conversions come from the EF model,
/// so it cannot drift from the migrations. Only for inserts of entities EF does not track: a staff import of thousands
/// of accounts needs it, because EF's row-by-row INSERTs of the accounts, roles, invitations, mails and audit entries
/// took most of its time.
/// </summary>
internal static class BulkCopy
{
    private static readonly ConcurrentDictionary<(IModel, Type), Table> Tables = new();

    public static async Task InsertAsync<TEntity>(DbContext db, IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (entities.Count == 0)
        {
            return;
        }

        var table = Tables.GetOrAdd((db.Model, typeof(TEntity)), key => Describe(key.Item1, key.Item2));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var writer = await connection.BeginBinaryImportAsync(table.CopyCommand, cancellationToken);
        foreach (var entity in entities)
        {
            // Synchronous writes only fill the importer's buffer; an await per value was measurable.
            writer.StartRow();
            foreach (var column in table.Columns)
            {
                column.Write(writer, entity);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static Table Describe(IModel model, Type clrType)
    {
        var entityType = model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not part of the model.");
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            // Identity columns number themselves, in COPY order; keys EF generates on the client (Guids) are written.
            .Where(property => !(property.ValueGenerated == ValueGenerated.OnAdd && IsInteger(property.ClrType)))
            .Select(property => new Column(property.GetColumnName(store)!, CompileWriter(property, property.GetColumnType(store))))
            .ToList();
        var command = $"COPY {Quote(store.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        return new Table(command, columns);
    }

    /// <summary>
    /// (writer, entity) => value is null ? writer.WriteNull() : writer.Write&lt;TProvider&gt;(convert(value)): typed, so Npgsql
    /// resolves each column's type once instead of per value.
    /// </summary>
    private static Action<NpgsqlBinaryImporter, object> CompileWriter(IProperty property, string storeType)
    {
        var getter = property.GetGetter();
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        var providerType = converter?.ProviderClrType ?? property.ClrType;
        var valueType = Nullable.GetUnderlyingType(providerType) ?? providerType;

        var writer = Expression.Parameter(typeof(NpgsqlBinaryImporter), "writer");
        var value = Expression.Parameter(typeof(object), "value");
        var write = storeType == "jsonb"
            // Text would go as 'text'; jsonb's binary form needs its own type name.
            ? Expression.Call(writer, nameof(NpgsqlBinaryImporter.Write), [valueType], Expression.Convert(value, valueType), Expression.Constant("jsonb"))
            : Expression.Call(writer, nameof(NpgsqlBinaryImporter.Write), [valueType], Expression.Convert(value, valueType));
        var typedWrite = Expression.Lambda<Action<NpgsqlBinaryImporter, object>>(write, writer, value).Compile();

        return (importer, entity) =>
        {
            var clrValue = getter.GetClrValue(entity);
            if (clrValue is not null && converter is not null)
            {
                clrValue = converter.ConvertToProvider(clrValue);
            }

            if (clrValue is null)
            {
                importer.WriteNull();
            }
            else
            {
                typedWrite(importer, clrValue);
            }
        };
    }

    private static bool IsInteger(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long) || t == typeof(short));

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private sealed record Table(string CopyCommand, IReadOnlyList<Column> Columns);

    private sealed record Column(string Name, Action<NpgsqlBinaryImporter, object> Write);
}
