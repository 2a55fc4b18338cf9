using System.Globalization;
using System.Security.Claims;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Outbox;
using FieldValidationException = PartnershipHub.ServiceDefaults.Errors.FieldValidationException;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>
/// Imports the student information system's absence export in one transaction: the file is streamed and checked row
/// by row, good rows go by binary COPY into a staging table, and one statement compares them with what is stored and
/// writes what differs. Nothing passes through EF's change tracker, so 400,000 rows cost what the database needs.
/// Idempotent on (student, date, period): the same file again reports every row unchanged and writes nothing.
/// </summary>
public sealed class SchoolAbsenceImporter(GuidanceDbContext db, TimeProvider clock, OutboxSignal outboxSignal)
{
    /// <summary>Rows the report lists one by one (rejected, refused, updated); more are only counted.</summary>
    public const int MaxReportedRows = 5000;

    public async Task<(AbsenceImportReport Report, IReadOnlyList<Guid> ChangedStudents)> ImportAsync(Stream csvStream, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var importId = Guid.CreateVersion7(now);
        var importedBy = user.CallerId();
        // A mentor imports for their own mentees only (a token without a staff id: nobody's); a coordinator for everyone.
        Guid? mentorOnly = user.HasRole(Roles.Coordinator) ? null : user.StaffId() ?? Guid.Empty;

        using var reader = new StreamReader(csvStream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            MissingFieldFound = null,
        });
        var (columns, fieldCount) = await ReadHeaderAsync(csv);
        var students = await StudentsByNumberAsync(cancellationToken);

        var listed = new List<AbsenceImportRow>();
        var leftOut = 0;
        int rejected = 0, refused = 0, total = 0;
        var seen = new Dictionary<(Guid Student, int Day, AbsencePeriod Period), int>();
        var inFile = new HashSet<Guid>();

        void Report(int line, string? number, AbsenceImportOutcome outcome, Dictionary<string, string[]> errors)
        {
            if (outcome == AbsenceImportOutcome.Refused)
            {
                refused++;
            }
            else
            {
                rejected++;
            }

            if (listed.Count < MaxReportedRows)
            {
                listed.Add(new AbsenceImportRow(line, number, outcome, errors));
            }
            else
            {
                leftOut++;
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await ExecuteAsync(connection, AbsenceSql.CreateStaging, cancellationToken);
        await using (var writer = await connection.BeginBinaryImportAsync(AbsenceSql.CopyStaging, cancellationToken))
        {
            while (await csv.ReadAsync())
            {
                var line = csv.Parser.RawRow;
                var record = csv.Parser.Record ?? [];
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                total++;
                string? Field(string column) => columns.TryGetValue(column, out var index) && index < record.Length ? record[index] : null;
                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                if (record.Length != fieldCount)
                {
                    errors["row"] = [$"The row has {record.Length} fields; the header has {fieldCount}."];
                    Report(line, Field(AbsenceCsvColumns.StudentNumber), AbsenceImportOutcome.Rejected, errors);
                    continue;
                }

                if (AbsenceCsvRow.Parse(Field, errors) is not { } row)
                {
                    Report(line, Field(AbsenceCsvColumns.StudentNumber)?.Trim(), AbsenceImportOutcome.Rejected, errors);
                    continue;
                }

                if (!students.TryGetValue(row.StudentNumber, out var student))
                {
                    errors[AbsenceCsvColumns.StudentNumber] = ["No student with this number."];
                    Report(line, row.StudentNumber, AbsenceImportOutcome.Rejected, errors);
                    continue;
                }

                if (mentorOnly is { } mentor && student.MentorStaffId != mentor)
                {
                    errors[AbsenceCsvColumns.StudentNumber] = ["Not one of your mentees: only their mentor or a coordinator can import this row."];
                    Report(line, row.StudentNumber, AbsenceImportOutcome.Refused, errors);
                    continue;
                }

                if (SchoolAbsence.DateError(row.Period, row.Date, student.EnrolmentStart, student.ExpectedEnd, today) is { } dateError)
                {
                    errors[AbsenceCsvColumns.Date] = [dateError];
                    Report(line, row.StudentNumber, AbsenceImportOutcome.Rejected, errors);
                    continue;
                }

                if (!seen.TryAdd((student.Id, row.Date.DayNumber, row.Period), line))
                {
                    errors[AbsenceCsvColumns.Date] = [$"The same student and {row.Period.ToString().ToLowerInvariant()} appear earlier in the file, on line {seen[(student.Id, row.Date.DayNumber, row.Period)]}."];
                    Report(line, row.StudentNumber, AbsenceImportOutcome.Rejected, errors);
                    continue;
                }

                inFile.Add(student.Id);
                // Synchronous writes only fill the importer's buffer; an await per value was measurable (Students' import).
                writer.StartRow();
                writer.Write(line, NpgsqlDbType.Integer);
                writer.Write(row.StudentNumber, NpgsqlDbType.Text);
                writer.Write(student.Id, NpgsqlDbType.Uuid);
                writer.Write(row.Date, NpgsqlDbType.Date);
                writer.Write(row.Period.ToString(), NpgsqlDbType.Text);
                writer.Write(row.Hours, NpgsqlDbType.Numeric);
                writer.Write(row.Authorised, NpgsqlDbType.Boolean);
                if (row.ReasonCode is null)
                {
                    writer.WriteNull();
                }
                else
                {
                    writer.Write(row.ReasonCode, NpgsqlDbType.Text);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        seen.Clear();
        await ExecuteAsync(connection, AbsenceSql.Classify, cancellationToken);
        await ExecuteAsync(connection, AbsenceSql.Upsert, cancellationToken, importId, importedBy, now);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(AbsenceSql.Counts, connection))
        await using (var result = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await result.ReadAsync(cancellationToken))
            {
                counts[result.GetString(0)] = result.GetInt32(1);
            }
        }

        await using (var command = new NpgsqlCommand(AbsenceSql.UpdatedLines, connection) { Parameters = { new() { Value = MaxReportedRows } } })
        await using (var result = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await result.ReadAsync(cancellationToken))
            {
                if (listed.Count < MaxReportedRows)
                {
                    listed.Add(new AbsenceImportRow(result.GetInt32(0), result.GetString(1), AbsenceImportOutcome.Updated, null));
                }
                else
                {
                    leftOut++;
                }
            }
        }

        leftOut += Math.Max(0, counts.GetValueOrDefault(nameof(AbsenceImportOutcome.Updated)) - MaxReportedRows);
        var events = new List<IntegrationEvent>();
        await using (var command = new NpgsqlCommand(AbsenceSql.ChangedStudents, connection))
        await using (var result = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await result.ReadAsync(cancellationToken))
            {
                events.Add(new AbsenceRecorded(
                    result.GetGuid(0), result.GetFieldValue<DateOnly>(1), result.GetFieldValue<DateOnly>(2),
                    result.GetDecimal(3), result.GetDecimal(4), AbsenceSource.Import) { OccurredAt = now });
            }
        }

        var report = new AbsenceImportReport(
            importId,
            total,
            counts.GetValueOrDefault(nameof(AbsenceImportOutcome.Created)),
            counts.GetValueOrDefault(nameof(AbsenceImportOutcome.Updated)),
            counts.GetValueOrDefault(nameof(AbsenceImportOutcome.Unchanged)),
            rejected,
            refused,
            inFile.Count,
            [.. listed.OrderBy(r => r.Line)],
            leftOut);
        List<Guid> changed = [.. events.Cast<AbsenceRecorded>().Select(e => e.StudentId)];
        events.Insert(0, new SchoolAbsenceImported(importId, total, inFile.Count, now, report.Created, report.Updated, report.Unchanged, rejected + refused, importedBy) { OccurredAt = now });
        await db.CopyToOutboxAsync(events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // EF did not write the outbox rows, so its interceptor cannot wake the dispatcher; the commit is done, so we do.
        outboxSignal.Notify();
        return (report, changed);
    }

    private static async Task<(Dictionary<string, int> Columns, int FieldCount)> ReadHeaderAsync(CsvReader csv)
    {
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw new FieldValidationException("file", "The file is empty; the first line must name the columns.");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.HeaderRecord.Length; i++)
        {
            if (AbsenceCsvColumns.Canonical(csv.HeaderRecord[i]) is { } column)
            {
                columns.TryAdd(column, i);
            }
        }

        List<string> missing = [.. new[] { AbsenceCsvColumns.StudentNumber, AbsenceCsvColumns.Date, AbsenceCsvColumns.Authorised }.Where(c => !columns.ContainsKey(c))];
        if (!columns.ContainsKey(AbsenceCsvColumns.Hours) && !columns.ContainsKey(AbsenceCsvColumns.Minutes))
        {
            missing.Add($"{AbsenceCsvColumns.Hours} (or {AbsenceCsvColumns.Minutes})");
        }

        if (missing.Count > 0)
        {
            throw new FieldValidationException("file", $"Missing column(s): {string.Join(", ", missing)}.");
        }

        return (columns, csv.HeaderRecord.Length);
    }

    /// <summary>Every student Guidance knows by number (erased ones have none): what a row is checked against.</summary>
    private async Task<Dictionary<string, ImportStudent>> StudentsByNumberAsync(CancellationToken cancellationToken)
    {
        var students = await db.Students.AsNoTracking()
            .Where(s => s.ErasedAt == null && s.StudentNumber != null)
            .Select(s => new ImportStudent(s.Id, s.StudentNumber!, s.MentorStaffId, s.EnrolmentStart, s.ExpectedEnd))
            .ToListAsync(cancellationToken);
        var byNumber = new Dictionary<string, ImportStudent>(students.Count, StringComparer.Ordinal);
        foreach (var student in students)
        {
            byNumber.TryAdd(student.StudentNumber, student);
        }

        return byNumber;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record ImportStudent(Guid Id, string StudentNumber, Guid? MentorStaffId, DateOnly? EnrolmentStart, DateOnly? ExpectedEnd);
}
