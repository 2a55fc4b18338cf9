using Microsoft.AspNetCore.Routing.Patterns;
using Npgsql;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Sweep.Tests.Hosting;
using PartnershipHub.Sweep.Tests.Routes;

namespace PartnershipHub.Sweep.Tests.Inputs;

/// <summary>
/// Ids that exist, found in the services' own databases by the resource a route names (<c>/placements/{id}</c>: a row of
/// a table called placements; <c>{studentId}</c>: a student): an <b>own</b> one, which the demo accounts stand in a
/// relation to (demo student b001, placed at the demo trainer's company c01, mentee of the demo mentor, taught by the
/// demo teacher), and a <b>foreign</b> one, which belongs to a student and company none of the student or trainer demo
/// accounts has anything to do with (another cohort, another mentor, placed elsewhere).
/// </summary>
public sealed class KnownIds
{
    private readonly IReadOnlyList<(SweptService Service, Table Table)> _tables;
    private readonly Guid[] _foreignStudents;
    private readonly Dictionary<string, (string? Own, string? Foreign)> _cache = [];

    private KnownIds(IReadOnlyList<(SweptService, Table)> tables, Guid[] foreignStudents)
    {
        _tables = tables;
        _foreignStudents = foreignStudents;
    }

    public static Guid OwnStudent => DemoIds.Student;

    public static Guid OwnCompany => DemoIds.Company;

    public static async Task<KnownIds> FindAsync(IReadOnlyList<SweptService> services)
    {
        var tables = new List<(SweptService, Table)>();
        foreach (var service in services)
        {
            tables.AddRange((await Table.ListAsync(service.Database.ConnectionString)).Select(t => (service, t)));
        }

        // Students' schema says who is in b001's cohort and whose mentee they are; Internships' where they are placed.
        var students = services.Single(s => s.Name == ServiceDefaults.ResourceNames.Students).Database.ConnectionString;
        var internships = services.Single(s => s.Name == ServiceDefaults.ResourceNames.Internships).Database.ConnectionString;
        var unrelated = await QueryAsync<Guid>(students,
            """
            SELECT id FROM students
             WHERE id <> @student
               AND cohort IS DISTINCT FROM (SELECT cohort FROM students WHERE id = @student)
               AND mentor_staff_id IS DISTINCT FROM @mentor
             ORDER BY id
            """,
            ("student", OwnStudent), ("mentor", DemoAccounts.Mentor.StaffId!.Value));
        var placedWithOwnCompany = (await QueryAsync<Guid>(internships, "SELECT student_id FROM placements WHERE company_id = @company", ("company", OwnCompany))).ToHashSet();
        return new KnownIds(tables, [.. unrelated.Where(id => !placedWithOwnCompany.Contains(id))]);
    }

    /// <summary>The own and foreign value for route parameter <paramref name="parameter"/> of <paramref name="endpoint"/>, as text.</summary>
    public async Task<(string? Own, string? Foreign)> ForAsync(SweptEndpoint endpoint, SweptParameter parameter)
    {
        var resource = ResourceOf(endpoint.Pattern, parameter.Name);
        var key = $"{endpoint.Service.Name}|{resource}|{parameter.Name}";
        if (_cache.TryGetValue(key, out var known))
        {
            return known;
        }

        var table = FindTable(endpoint.Service, resource);
        var type = Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type;
        string? column = type == typeof(Guid) ? table?.Table.Key : table?.Table.Column(parameter.Name);
        if (table is null || column is null)
        {
            known = (type == typeof(DateOnly) ? LastMonday() : null, null);
        }
        else
        {
            var (service, found) = table.Value;
            known = (await ValueAsync(service, found, column, found.OwnedBy(resource, OwnStudent, OwnCompany, []))
                    ?? await ValueAsync(service, found, column, found.OwnedBy(resource, OwnStudent, OwnCompany, [], spareDemoPeople: false)),
                _foreignStudents.Length == 0 ? null : await ValueAsync(service, found, column, found.OwnedBy(resource, null, null, _foreignStudents)));
        }

        return _cache[key] = known;
    }

    /// <summary>An own id for a body property named like <c>placementId</c>; null when no table fits.</summary>
    public async Task<Guid?> OwnIdForPropertyAsync(SweptService service, string propertyName)
    {
        if (!propertyName.EndsWith("Id", StringComparison.Ordinal) || propertyName.Length <= 2)
        {
            return null;
        }

        // mentorStaffId, teacherStaffId: the demo account of that role, so a plausible body keeps the demo relationships.
        if (propertyName.EndsWith("StaffId", StringComparison.Ordinal)
            && DemoAccounts.All.FirstOrDefault(a => propertyName.StartsWith(a.Role, StringComparison.OrdinalIgnoreCase)) is { StaffId: { } staffId })
        {
            return staffId;
        }

        var resource = Plural(propertyName[..^2]);
        if (FindTable(service, resource) is not var (owner, table) || table.Key is null)
        {
            return null;
        }

        var value = await ValueAsync(owner, table, table.Key, table.OwnedBy(resource, OwnStudent, OwnCompany, []));
        return Guid.TryParse(value, out var id) ? id : null;
    }

    /// <summary><c>{studentId}</c> names students; <c>{id}</c> the literal segment before it (<c>/placements/{id}</c>).</summary>
    private static string ResourceOf(RoutePattern pattern, string parameter)
    {
        if (parameter.Length > 2 && parameter.EndsWith("Id", StringComparison.Ordinal))
        {
            return Plural(parameter[..^2]);
        }

        string? previous = null;
        foreach (var segment in pattern.PathSegments)
        {
            if (segment.Parts.OfType<RoutePatternParameterPart>().Any(p => p.Name == parameter))
            {
                return previous ?? parameter;
            }

            previous = segment.Parts.OfType<RoutePatternLiteralPart>().FirstOrDefault()?.Content ?? previous;
        }

        return parameter;
    }

    /// <summary>The table of <paramref name="resource"/>: in the service's own database first, then any other's (copies share ids).</summary>
    private (SweptService Service, Table Table)? FindTable(SweptService service, string resource)
    {
        var name = Table.Normalize(resource);
        var candidates = _tables
            .Where(t => t.Table.NormalizedName == name || t.Table.NormalizedName.EndsWith(name, StringComparison.Ordinal))
            .OrderBy(t => t.Service == service ? 0 : 1)
            .ThenBy(t => t.Table.NormalizedName == name ? 0 : 1)
            .ToList();
        return candidates.Count == 0 ? null : candidates[0];
    }

    private static async Task<string?> ValueAsync(SweptService service, Table table, string column, (string Where, NpgsqlParameter[] Parameters)? owned)
    {
        if (owned is not var (where, parameters))
        {
            return null;
        }

        await using var connection = new NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT \"{column}\"::text FROM \"{table.Name}\" WHERE {where} ORDER BY \"{column}\" LIMIT 1", connection);
        command.Parameters.AddRange(parameters);
        return await command.ExecuteScalarAsync() as string;
    }

    private static async Task<List<T>> QueryAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var values = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    private static string Plural(string singular) =>
        singular.EndsWith('y') ? singular[..^1] + "ies" : singular + "s";

    private static string LastMonday()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd");
    }
}
