using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// The new work items and notifications of a scheduled run, written with PostgreSQL's COPY on the run's own connection
/// and transaction instead of through the change tracker: a catch-up run opens tens of thousands of rows, which EF
/// (snapshotting each jsonb column) writes ten times slower. Columns and conversions come from the EF model, so the two
/// paths cannot drift. Updates of existing rows still go through the context.
/// </summary>
public sealed class BulkRows
{
    private readonly List<WorkItem> _items = [];
    private readonly List<Notification> _notifications = [];

    public int Count => _items.Count + _notifications.Count;

    public void Add(WorkItem item) => _items.Add(item);

    public void Add(Notification notification) => _notifications.Add(notification);

    public async Task WriteAsync(NotificationsDbContext db, CancellationToken cancellationToken)
    {
        // Rows the context already holds (added before this run) go first, so the order of the run is kept.
        await db.SaveChangesAsync(cancellationToken);
        await CopyAsync(db, _items, cancellationToken);
        await CopyAsync(db, _notifications, cancellationToken);
        _items.Clear();
        _notifications.Clear();
    }

    private static async Task CopyAsync<T>(NotificationsDbContext db, List<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Type: BaseType(p.GetColumnType(table)), Converter: p.GetTypeMapping().Converter))
            .ToList();
        // The run's transaction holds the connection open; open and close it here only when called without one.
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await ImportAsync(connection, entity, columns, rows, cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task ImportAsync<T>(
        NpgsqlConnection connection, IEntityType entity, List<(IProperty Property, string Column, string Type, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)> columns,
        List<T> rows, CancellationToken cancellationToken)
    {
        var copy = $"COPY {entity.GetTableName()} ({string.Join(", ", columns.Select(c => c.Column))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var (property, _, type, converter) in columns)
            {
                var value = property.PropertyInfo!.GetValue(row);
                if (converter is not null && value is not null)
                {
                    value = converter.ConvertToProvider(value);
                }

                switch (value)
                {
                    case null:
                        await importer.WriteNullAsync(cancellationToken);
                        break;
                    case DateTimeOffset at:
                        await importer.WriteAsync(at.ToUniversalTime(), type, cancellationToken);
                        break;
                    default:
                        await importer.WriteAsync(value, type, cancellationToken);
                        break;
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    // "character varying(40)" → "character varying": the data type name without its length.
    private static string BaseType(string columnType) => columnType.Split('(')[0];
}
