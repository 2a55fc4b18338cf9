using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>Reads the local copies into the matcher's shapes: companies with their current accreditations and free places, eligible students.</summary>
public static class MatchingData
{
    private static readonly PlacementStatus[] TakesAPlace =
        [PlacementStatus.Proposed, PlacementStatus.AgreementSigned, PlacementStatus.Active, PlacementStatus.Completed];

    private static readonly int[] TakesAPlaceCodes = [.. TakesAPlace.Select(s => (int)s)];

    public static async Task<CapacityCopy?> PeriodAsync(InternshipsDbContext db, Guid periodId, CancellationToken cancellationToken) =>
        await db.Capacity.AsNoTracking().Where(c => c.PeriodId == periodId).OrderByDescending(c => c.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Active companies with places in the period; free places are places minus placements already proposed or agreed.
    /// One round trip of plain SQL (a batch of five reads) straight into the matcher's shapes, without EF's
    /// materialisation or the locations' JSON deserialisation (the server unpacks them): decision 0010.
    /// </summary>
    public static async Task<List<MatchCompany>> CompaniesAsync(
        InternshipsDbContext db, Guid periodId, DateOnly startDate, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken)
    {
        var onlyIds = only?.ToArray();
        var andOnly = onlyIds is null ? "" : " AND {0} = ANY(@only)";
        var capacity = new Dictionary<Guid, Dictionary<string, int>>();
        var used = new Dictionary<(Guid, string), int>();
        var accreditations = new Dictionary<Guid, List<(string Crebo, AccreditationCopy Accreditation)>>();
        var locations = new Dictionary<Guid, List<MatchLocation>>();
        var result = new List<MatchCompany>();
        await using var connection = await OpenAsync(db, cancellationToken);
        await using (var batch = new NpgsqlBatch(connection.Connection) { Transaction = connection.Transaction })
        {
            Add(batch, "SELECT company_id, crebo, places FROM capacity WHERE period_id = @period AND places > 0" + string.Format(andOnly, "company_id"));
            Add(batch, "SELECT company_id, crebo, count(*)::int FROM placements WHERE period_id = @period AND status = ANY(@takes)"
                + string.Format(andOnly, "company_id") + " GROUP BY company_id, crebo");
            Add(batch, "SELECT company_id, crebo, allows_bol, allows_bbl, valid_from, valid_to FROM accreditations WHERE revoked_on IS NULL"
                + string.Format(andOnly, "company_id"));
            Add(batch, "SELECT c.id, (e.value->>'locationId')::uuid, (e.value->>'latitude')::float8, (e.value->>'longitude')::float8"
                + " FROM companies c CROSS JOIN LATERAL jsonb_array_elements(c.locations) WITH ORDINALITY AS e(value, n)"
                + " WHERE c.active" + string.Format(andOnly, "c.id") + " ORDER BY c.id, e.n");
            Add(batch, "SELECT id, name, sector, offers FROM companies WHERE active" + string.Format(andOnly, "id") + " ORDER BY id");

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var company = reader.GetGuid(0);
                if (!capacity.TryGetValue(company, out var places))
                {
                    capacity[company] = places = [];
                }

                // Same key twice after trimming: the last row wins, as the dictionary over the EF list did.
                places[reader.GetString(1).Trim()] = reader.GetInt32(2);
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = (reader.GetGuid(0), reader.GetString(1).Trim());
                used[key] = used.GetValueOrDefault(key) + reader.GetInt32(2);
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var company = reader.GetGuid(0);
                if (!capacity.ContainsKey(company))
                {
                    continue;
                }

                if (!accreditations.TryGetValue(company, out var list))
                {
                    accreditations[company] = list = [];
                }

                list.Add((reader.GetString(1).Trim(), new AccreditationCopy
                {
                    AllowsBol = reader.GetBoolean(2),
                    AllowsBbl = reader.GetBoolean(3),
                    ValidFrom = reader.GetFieldValue<DateOnly>(4),
                    ValidTo = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
                }));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var company = reader.GetGuid(0);
                if (!capacity.ContainsKey(company))
                {
                    continue;
                }

                if (!locations.TryGetValue(company, out var list))
                {
                    locations[company] = list = [];
                }

                list.Add(new MatchLocation(
                    reader.IsDBNull(1) ? Guid.Empty : reader.GetGuid(1),
                    reader.IsDBNull(2) ? null : reader.GetDouble(2),
                    reader.IsDBNull(3) ? null : reader.GetDouble(3)));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetGuid(0);
                if (!capacity.TryGetValue(id, out var places))
                {
                    continue;
                }

                var current = new Dictionary<string, IReadOnlySet<LearningRoute>>();
                foreach (var (crebo, accreditation) in accreditations.GetValueOrDefault(id) ?? [])
                {
                    var routes = new HashSet<LearningRoute>();
                    if (accreditation.IsCurrentOn(startDate, LearningRoute.Bol))
                    {
                        routes.Add(LearningRoute.Bol);
                    }

                    if (accreditation.IsCurrentOn(startDate, LearningRoute.Bbl))
                    {
                        routes.Add(LearningRoute.Bbl);
                    }

                    if (routes.Count > 0)
                    {
                        current[crebo] = routes;
                    }
                }

                var offers = reader.GetFieldValue<string[]>(3);
                result.Add(new MatchCompany(
                    id,
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    new CompanyCopy { Offers = [.. offers] }.OffersStructure,
                    locations.GetValueOrDefault(id) ?? [],
                    current,
                    places.ToDictionary(p => p.Key, p => Math.Max(0, p.Value - used.GetValueOrDefault((id, p.Key))))));
            }
        }

        return result;

        void Add(NpgsqlBatch batch, string sql)
        {
            var command = new NpgsqlBatchCommand(sql);
            Bind(command, "period", periodId);
            Bind(command, "takes", TakesAPlaceCodes);
            Bind(command, "only", onlyIds ?? []);
            batch.BatchCommands.Add(command);
        }
    }

    /// <summary>
    /// Students eligible for the run: active, enrolled, not erased, without an open or finished placement in the
    /// period, narrowed by crebo, cohort and ids when given; with the companies each ended a placement at early.
    /// Plain SQL in one round trip, read straight into <see cref="MatchStudent"/> (decision 0010).
    /// </summary>
    public static async Task<List<MatchStudent>> StudentsAsync(
        InternshipsDbContext db, Guid periodId, string? crebo, string? cohort, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var filter = (crebo is null ? "" : " AND s.crebo = @crebo")
            + (cohort is null ? "" : " AND s.cohort = @cohort")
            + (ids is { Count: > 0 } ? " AND s.id = ANY(@ids)" : "");
        var endedEarly = new Dictionary<Guid, HashSet<Guid>>();
        var students = new List<MatchStudent>();
        await using var connection = await OpenAsync(db, cancellationToken);
        await using var batch = new NpgsqlBatch(connection.Connection) { Transaction = connection.Transaction };
        var ended = new NpgsqlBatchCommand(
            "SELECT student_id, company_id FROM placements WHERE status = @endedEarly" + (ids is { Count: > 0 } ? " AND student_id = ANY(@ids)" : ""));
        var eligible = new NpgsqlBatchCommand(
            """
            SELECT s.id, s.first_name, s.last_name, s.crebo, s.route, s.latitude, s.longitude, s.max_travel_km, s.sectors,
                   s.structure_need, s.pedagogical_need, s.avoid_company_ids, s.avoid_company_names
            FROM students s
            WHERE NOT s.erased AND s.status = @active AND s.crebo IS NOT NULL
            """ + filter + """

              AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.student_id = s.id AND p.period_id = @period AND p.status = ANY(@takes))
            ORDER BY s.id
            """);
        foreach (var command in new[] { ended, eligible })
        {
            Bind(command, "period", periodId);
            Bind(command, "takes", TakesAPlaceCodes);
            Bind(command, "active", (int)StudentStatus.Active);
            Bind(command, "endedEarly", (int)PlacementStatus.EndedEarly);
            Bind(command, "crebo", crebo ?? "");
            Bind(command, "cohort", cohort ?? "");
            Bind(command, "ids", ids?.ToArray() ?? []);
            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var student = reader.GetGuid(0);
            if (!endedEarly.TryGetValue(student, out var companies))
            {
                endedEarly[student] = companies = [];
            }

            companies.Add(reader.GetGuid(1));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            var maxTravel = reader.IsDBNull(7) ? (int?)null : reader.GetInt32(7);
            students.Add(new MatchStudent(
                id,
                $"{reader.GetString(1)} {reader.GetString(2)}".Trim(),
                reader.GetString(3).Trim(),
                (LearningRoute)reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetDouble(6),
                maxTravel is > 0 ? maxTravel.Value : StudentCopy.DefaultMaxTravelKm,
                reader.GetFieldValue<List<string>>(8),
                (NeedLevel)Math.Max(reader.GetInt32(9), reader.GetInt32(10)),
                reader.GetFieldValue<Guid[]>(11).ToHashSet(),
                reader.GetFieldValue<string[]>(12).ToHashSet(),
                endedEarly.GetValueOrDefault(id) ?? []));
        }

        return students;
    }

    public static async Task<Dictionary<Guid, HashSet<Guid>>> EndedEarlyAsync(InternshipsDbContext db, IReadOnlyCollection<Guid>? students, CancellationToken cancellationToken)
    {
        var query = db.Placements.AsNoTracking().Where(p => p.Status == PlacementStatus.EndedEarly);
        if (students is not null)
        {
            query = query.Where(p => students.Contains(p.StudentId));
        }

        return (await query.Select(p => new { p.StudentId, p.CompanyId }).ToListAsync(cancellationToken))
            .GroupBy(p => p.StudentId)
            .ToDictionary(g => g.Key, g => g.Select(p => p.CompanyId).ToHashSet());
    }

    public static MatchStudent ToMatch(StudentCopy s, IReadOnlySet<Guid>? endedEarlyAt) => new(
        s.Id,
        s.DisplayName,
        s.Crebo!.Trim(),
        s.Route,
        s.Latitude,
        s.Longitude,
        s.EffectiveMaxTravelKm,
        s.Sectors,
        (NeedLevel)Math.Max((int)s.StructureNeed, (int)s.PedagogicalNeed),
        s.AvoidCompanyIds.ToHashSet(),
        s.AvoidCompanyNames.ToHashSet(),
        endedEarlyAt ?? new HashSet<Guid>());

    /// <summary>Adds the parameter only when the command's text uses it.</summary>
    private static void Bind<T>(NpgsqlBatchCommand command, string name, T value)
    {
        if (command.CommandText.Contains("@" + name, StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter<T>(name, value));
        }
    }

    /// <summary>The context's connection, opened for the reads (and closed after, unless EF had it open already), in its transaction if any.</summary>
    private static async Task<OpenConnection> OpenAsync(InternshipsDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new OpenConnection(db, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
    }

    private sealed class OpenConnection(InternshipsDbContext db, NpgsqlConnection connection, NpgsqlTransaction? transaction) : IAsyncDisposable
    {
        public NpgsqlConnection Connection => connection;

        public NpgsqlTransaction? Transaction => transaction;

        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
    }
}
