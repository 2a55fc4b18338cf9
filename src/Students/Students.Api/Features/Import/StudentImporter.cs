using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Persistence;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Features.Lifecycle;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Infrastructure;
using FieldValidationException = PartnershipHub.ServiceDefaults.Errors.FieldValidationException;

namespace PartnershipHub.Students.Features.Import;

/// <summary>
/// Imports a student information system export. The file is streamed, never held whole; rows are applied in
/// batches, each batch in its own transaction, so a large file neither holds one long transaction nor loses the
/// batches before a failure. Idempotent on student number: an unchanged row changes and publishes nothing.
/// </summary>
public sealed class StudentImporter(StudentsDbContext db, TimeProvider clock, OutboxSignal outboxSignal)
{
    public const int BatchSize = 1000;

    /// <summary>An import that adds this many students refreshes the planner's statistics before it answers.</summary>
    public const int RefreshStatisticsAfter = 1000;

    // Staff id → active mentor, asked once per import: a file names a few dozen mentors over thousands of rows.
    private readonly Dictionary<Guid, bool> _mentors = [];

    public async Task<ImportReport> ImportAsync(Stream csvStream, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var results = new List<ImportRowResult>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var batch = new List<StudentCsvRow>(BatchSize);

        using var reader = new StreamReader(csvStream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Dutch spreadsheet exports use ';' more often than ','.
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            MissingFieldFound = null,
        });

        var (columns, fieldCount) = await ReadHeaderAsync(csv);
        while (await csv.ReadAsync())
        {
            var line = csv.Parser.RawRow;
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var errors = new ValidationErrors();
            if (record.Length != fieldCount)
            {
                errors.Add("row", $"The row has {record.Length} fields; the header has {fieldCount}.");
                results.Add(new ImportRowResult(line, FieldOf(record, columns, StudentCsvColumns.StudentNumber), ImportOutcome.Rejected, null, errors.ToDictionary()));
                continue;
            }

            var row = StudentCsvRow.Parse(line, column => FieldOf(record, columns, column), today, errors);
            if (row is null)
            {
                results.Add(new ImportRowResult(line, FieldOf(record, columns, StudentCsvColumns.StudentNumber), ImportOutcome.Rejected, null, errors.ToDictionary()));
                continue;
            }

            if (!seen.TryAdd(row.Details.StudentNumber, line))
            {
                errors.Add(StudentCsvColumns.StudentNumber, $"Appears earlier in the file, on line {seen[row.Details.StudentNumber]}.");
                results.Add(new ImportRowResult(line, row.Details.StudentNumber, ImportOutcome.Rejected, null, errors.ToDictionary()));
                continue;
            }

            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                await ApplyBatchAsync(batch, results, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await ApplyBatchAsync(batch, results, cancellationToken);
        }

        results.Sort((a, b) => a.Line.CompareTo(b.Line));
        var created = results.Count(r => r.Outcome == ImportOutcome.Created);
        if (created >= RefreshStatisticsAfter)
        {
            // PostgreSQL's own statistics refresh can lag a minute behind a bulk load; until it runs, the planner
            // thinks the table is small and a coordinator's first filtered list after the import scans it.
            await db.Database.ExecuteSqlRawAsync("ANALYZE students, enrolments", cancellationToken);
        }

        return new ImportReport(
            results.Count,
            created,
            results.Count(r => r.Outcome == ImportOutcome.Updated),
            results.Count(r => r.Outcome == ImportOutcome.Unchanged),
            results.Count(r => r.Outcome == ImportOutcome.Rejected),
            results);
    }

    private static async Task<(Dictionary<string, int> Columns, int FieldCount)> ReadHeaderAsync(CsvReader csv)
    {
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw new FieldValidationException("file", "The file is empty; the first line must name the columns.");
        }

        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.HeaderRecord.Length; i++)
        {
            positions.TryAdd(StudentCsvColumns.Normalise(csv.HeaderRecord[i]), i);
        }

        var missing = StudentCsvColumns.Required.Where(c => !positions.ContainsKey(StudentCsvColumns.Normalise(c))).ToList();
        if (missing.Count > 0)
        {
            throw new FieldValidationException("file", $"Missing column(s): {string.Join(", ", missing)}.");
        }

        // Keyed by the documented column names, so reading a field per row needs no normalising.
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in StudentCsvColumns.All)
        {
            if (positions.TryGetValue(StudentCsvColumns.Normalise(column), out var index))
            {
                columns[column] = index;
            }
        }

        return (columns, csv.HeaderRecord.Length);
    }

    private static string? FieldOf(string[] record, Dictionary<string, int> columns, string column) =>
        columns.TryGetValue(column, out var index) && index < record.Length ? record[index] : null;

    private async Task ApplyBatchAsync(List<StudentCsvRow> batch, List<ImportRowResult> results, CancellationToken cancellationToken)
    {
        // Each batch starts from a clean context, so memory stays flat however long the file is.
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        var numbers = batch.Select(r => r.Details.StudentNumber).ToArray();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Read without tracking first: in a re-import nearly every row is unchanged, and tracking a thousand students
        // (and detecting changes in all of them on save) only to find nothing to save cost most of its time.
        var existing = await CurrentStudents(numbers).AsNoTracking().ToDictionaryAsync(s => s.StudentNumber, StringComparer.Ordinal, cancellationToken);
        await CheckMentorsAsync(batch, existing, cancellationToken);

        var created = new List<Student>();
        var changed = new List<StudentCsvRow>();
        // Publication order is list order: the outbox numbers rows as they are copied.
        var events = new List<IntegrationEvent>();
        foreach (var row in batch)
        {
            var student = existing.GetValueOrDefault(row.Details.StudentNumber);
            if (SetsMentor(row, student) && !_mentors[row.MentorStaffId!.Value])
            {
                // An unknown mentor never gets stored: the whole row waits until the staff id is right.
                results.Add(new ImportRowResult(row.Line, row.Details.StudentNumber, ImportOutcome.Rejected, student?.Id, new Dictionary<string, string[]>
                {
                    [StudentCsvColumns.MentorStaffId] = [ActiveMentors.NotAnActiveMentor],
                }));
                continue;
            }

            if (student is null)
            {
                student = Student.Register(Guid.CreateVersion7(now), Guid.CreateVersion7(now), row.Details, row.Enrolment, row.MentorStaffId, now);
                created.Add(student);
                events.Add(StudentEvents.Enrolled(student));
                results.Add(new ImportRowResult(row.Line, row.Details.StudentNumber, ImportOutcome.Created, student.Id, null));
                continue;
            }

            // A trial run on the untracked copy: it decides unchanged or refused without tracking anything.
            var refusal = TryApplyChanges(student, row, now, events: null, out var isChanged);
            if (refusal is not null)
            {
                results.Add(new ImportRowResult(row.Line, row.Details.StudentNumber, ImportOutcome.Rejected, student.Id, refusal));
            }
            else if (isChanged)
            {
                changed.Add(row);
            }
            else
            {
                results.Add(new ImportRowResult(row.Line, row.Details.StudentNumber, ImportOutcome.Unchanged, student.Id, null));
            }
        }

        if (changed.Count > 0)
        {
            var changedNumbers = changed.Select(r => r.Details.StudentNumber).ToArray();
            var tracked = await CurrentStudents(changedNumbers).ToDictionaryAsync(s => s.StudentNumber, StringComparer.Ordinal, cancellationToken);
            foreach (var row in changed)
            {
                if (!tracked.TryGetValue(row.Details.StudentNumber, out var student))
                {
                    // Erased by another request between the two reads.
                    results.Add(new ImportRowResult(row.Line, row.Details.StudentNumber, ImportOutcome.Rejected, null, new Dictionary<string, string[]>
                    {
                        ["row"] = ["The student was removed during the import; import the row again."],
                    }));
                    continue;
                }

                var refusal = TryApplyChanges(student, row, now, events, out var isChanged);
                results.Add(new ImportRowResult(
                    row.Line,
                    row.Details.StudentNumber,
                    refusal is not null ? ImportOutcome.Rejected : isChanged ? ImportOutcome.Updated : ImportOutcome.Unchanged,
                    student.Id,
                    refusal));
            }
        }

        // New students and the batch's events go in by COPY, in the same transaction: EF's row-by-row INSERTs made a
        // first import of a college several times slower. Changes to existing students still go through EF.
        await BulkCopy.InsertAsync(db, created, cancellationToken);
        await BulkCopy.InsertAsync(db, [.. created.SelectMany(s => s.Enrolments)], cancellationToken);
        await BulkCopy.InsertAsync(db, [.. created.SelectMany(s => s.MentorAssignments)], cancellationToken);
        await db.CopyToOutboxAsync(events, cancellationToken);
        if (changed.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (events.Count > 0)
        {
            // EF did not write these rows, so its interceptor cannot wake the dispatcher; the commit is done, so we do.
            outboxSignal.Notify();
        }
    }

    /// <summary>
    /// A row sets a mentor when it registers a student with one or names another than the student's current mentor; a
    /// row repeating the current mentor sets nothing, so a re-import after that mentor left is not refused for it.
    /// </summary>
    private static bool SetsMentor(StudentCsvRow row, Student? current) =>
        row.MentorStaffId is { } mentor && current?.MentorStaffId != mentor;

    /// <summary>Looks up, in one query, the mentors of the batch's rows not already known from an earlier batch.</summary>
    private async Task CheckMentorsAsync(List<StudentCsvRow> batch, Dictionary<string, Student> existing, CancellationToken cancellationToken)
    {
        var unknown = batch
            .Where(row => SetsMentor(row, existing.GetValueOrDefault(row.Details.StudentNumber)) && !_mentors.ContainsKey(row.MentorStaffId!.Value))
            .Select(row => row.MentorStaffId!.Value)
            .Distinct()
            .ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var active = await db.ActiveMentorsAmongAsync(unknown, cancellationToken);
        foreach (var staffId in unknown)
        {
            _mentors[staffId] = active.Contains(staffId);
        }
    }

    /// <summary>The students with these numbers, with their current programme and mentor period (what a row can change).</summary>
    private IQueryable<Student> CurrentStudents(string[] numbers) => db.Students
        .Include(s => s.Enrolments.Where(e => e.EndedOn == null))
        .Include(s => s.MentorAssignments.Where(m => m.EndedAt == null))
        .AsSplitQuery()
        .Where(s => numbers.Contains(s.StudentNumber));

    /// <summary>
    /// Applies the row to the student; returns the refusal (errors by field) or null. With <paramref name="events"/>
    /// the student is tracked: a new enrolment is added to the context and each change's event to the list.
    /// </summary>
    private IReadOnlyDictionary<string, string[]>? TryApplyChanges(
        Student student, StudentCsvRow row, DateTimeOffset now, List<IntegrationEvent>? events, out bool changed)
    {
        changed = false;
        try
        {
            changed = ApplyChanges(student, row, now, events);
            return null;
        }
        catch (Exception refusal) when (refusal is ConflictException or FieldValidationException)
        {
            return refusal is FieldValidationException validation
                ? validation.Errors
                : new Dictionary<string, string[]> { ["row"] = [refusal.Message] };
        }
    }

    /// <summary>The programme first: it is the only change that can be refused, and it refuses before changing anything.</summary>
    private bool ApplyChanges(Student student, StudentCsvRow row, DateTimeOffset now, List<IntegrationEvent>? events)
    {
        var changed = false;
        if (student.CurrentEnrolment.Details != row.Enrolment)
        {
            var enrolment = student.ChangeProgramme(Guid.CreateVersion7(now), row.Enrolment, now);
            if (events is not null)
            {
                db.Enrolments.Add(enrolment);
                events.Add(LifecycleEvents.EnrolmentChanged(student));
            }

            changed = true;
        }

        if (student.UpdateDetails(row.Details, now))
        {
            events?.Add(StudentEvents.Updated(student));
            changed = true;
        }

        if (row.MentorStaffId is { } mentor && student.AssignMentor(mentor, now))
        {
            events?.Add(LifecycleEvents.MentorAssigned(student));
            changed = true;
        }

        return changed;
    }
}
