using Npgsql;
using PartnershipHub.Identity.Infrastructure;

namespace PartnershipHub.Sweep.Tests.Inputs;

/// <summary>A table of a service's database with its primary key and columns, as <see cref="KnownIds"/> searches them.</summary>
public sealed record Table(string Name, string? Key, IReadOnlyList<string> Columns)
{
    public string NormalizedName => Normalize(Name);

    /// <summary><c>matching_runs</c>, <c>AspNetUsers</c> and <c>runs</c> compare as matchingruns, aspnetusers, runs.</summary>
    public static string Normalize(string name) => name.Replace("_", "").Replace("-", "").ToLowerInvariant();

    public string? Column(string name) => Columns.FirstOrDefault(c => Normalize(c) == Normalize(name));

    /// <summary>
    /// The rows that belong to <paramref name="student"/> or <paramref name="company"/> (own), or to one of
    /// <paramref name="foreignStudents"/> at a company other than the own one (foreign); null when the table has no owner.
    /// </summary>
    public (string Where, NpgsqlParameter[] Parameters)? OwnedBy(string resource, Guid? student, Guid? company, Guid[] foreignStudents, bool spareDemoPeople = true)
    {
        string SparingDemoPeople() => Key is null || !spareDemoPeople ? "true" : $"\"{Key}\"::text <> ALL(@people)";

        var isStudents = Normalize(resource) == "students" && NormalizedName.EndsWith("students", StringComparison.Ordinal);
        var isCompanies = Normalize(resource) == "companies" && NormalizedName.EndsWith("companies", StringComparison.Ordinal);
        var studentColumn = isStudents ? Key : Column("student_id");
        var companyColumn = isCompanies ? Key : Column("company_id");
        var own = student is not null;
        if (studentColumn is not null)
        {
            return own
                ? ($"\"{studentColumn}\" = @student", [new NpgsqlParameter("student", student!.Value)])
                : ($"\"{studentColumn}\" = ANY(@students)" + (companyColumn is null ? "" : $" AND \"{companyColumn}\" <> @company"),
                    [new NpgsqlParameter("students", foreignStudents), new NpgsqlParameter("company", KnownIds.OwnCompany)]);
        }

        if (companyColumn is not null)
        {
            return own
                ? ($"\"{companyColumn}\" = @company AND {SparingDemoPeople()}", [new NpgsqlParameter("company", company!.Value), new NpgsqlParameter("people", DemoPeople)])
                : ($"\"{companyColumn}\" <> @company", [new NpgsqlParameter("company", KnownIds.OwnCompany)]);
        }

        // Nobody's in particular (a framework, a matching run, an account): any row is own, none foreign.
        return own ? (SparingDemoPeople(), [new NpgsqlParameter("people", DemoPeople)]) : null;
    }

    /// <summary>
    /// The demo accounts' own person records (their user accounts, the trainer's trainer record) are a target only when
    /// there is no other: a request the sweep sends to one (a role change, a deactivation) would change what the
    /// callers' tokens are worth for every cell after it.
    /// </summary>
    private static readonly string[] DemoPeople =
        [.. DemoAccounts.All.SelectMany(a => new[] { a.UserId, a.TrainerId }).OfType<Guid>().Select(id => id.ToString())];

    public static async Task<IReadOnlyList<Table>> ListAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.table_name,
                   (SELECT k.column_name FROM information_schema.table_constraints tc
                      JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name
                     WHERE tc.table_name = c.table_name AND tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY'
                     LIMIT 1),
                   array_agg(c.column_name::text ORDER BY c.ordinal_position)
              FROM information_schema.columns c
              JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema AND t.table_type = 'BASE TABLE'
             WHERE c.table_schema = 'public'
             GROUP BY c.table_name
            """, connection);
        var tables = new List<Table>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(new Table(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetFieldValue<string[]>(2)));
        }

        return tables;
    }
}
