using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Outbox;
using FieldValidationException = PartnershipHub.ServiceDefaults.Errors.FieldValidationException;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Students.Messaging;

namespace PartnershipHub.Students.Import;

/// <summary>
/// Imports a student information system export. The file is streamed, never held whole; rows are applied in
/// batches, each batch in its own transaction, so a large file neither holds one long transaction nor loses the
/// batches before a failure. Idempotent on student number: an unchanged row changes and publishes nothing.
/// </summary>
public sealed class StudentImporter(StudentsDbContext db, TimeProvider clock, OutboxSignal outboxSignal)
{
    public const int BatchSize = 1000;

    private readonly List<Guid> _eventOrder = new(BatchSize);

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

        var columns = await ReadHeaderAsync(csv);
        while (await csv.ReadAsync())
        {
            var line = csv.Parser.RawRow;
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var errors = new ValidationErrors();
            if (record.Length != columns.Count)
            {
                errors.Add("row", $"The row has {record.Length} fields; the header has {columns.Count}.");
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
        return new ImportReport(
            results.Count,
            results.Count(r => r.Outcome == ImportOutcome.Created),
            results.Count(r => r.Outcome == ImportOutcome.Updated),
            results.Count(r => r.Outcome == ImportOutcome.Unchanged),
            results.Count(r => r.Outcome == ImportOutcome.Rejected),
            results);
    }

    private static async Task<Dictionary<string, int>> ReadHeaderAsync(CsvReader csv)
    {
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw new FieldValidationException("file", "The file is empty; the first line must name the columns.");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < csv.HeaderRecord.Length; i++)
        {
            columns.TryAdd(StudentCsvColumns.Normalise(csv.HeaderRecord[i]), i);
        }

        var missing = StudentCsvColumns.Required.Where(c => !columns.ContainsKey(StudentCsvColumns.Normalise(c))).ToList();
        if (missing.Count > 0)
        {
            throw new FieldValidationException("file", $"Missing column(s): {string.Join(", ", missing)}.");
        }

        return columns;
    }

    private static string? FieldOf(string[] record, Dictionary<string, int> columns, string column) =>
        columns.TryGetValue(StudentCsvColumns.Normalise(column), out var index) && index < record.Length ? record[index] : null;

    private async Task ApplyBatchAsync(List<StudentCsvRow> batch, List<ImportRowResult> results, CancellationToken cancellationToken)
    {
        // Each batch starts from a clean context, so memory stays flat however long the file is.
        db.ChangeTracker.Clear();
        _eventOrder.Clear();
        var now = clock.GetUtcNow();
        var numbers = batch.Select(r => r.Details.StudentNumber).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Students
            .Include(s => s.Enrolments.Where(e => e.EndedOn == null))
            .Include(s => s.MentorAssignments.Where(m => m.EndedAt == null))
            .AsSplitQuery()
            .Where(s => numbers.Contains(s.StudentNumber))
            .ToDictionaryAsync(s => s.StudentNumber, StringComparer.Ordinal, cancellationToken);

        var created = new List<Student>();
        foreach (var row in batch)
        {
            if (!existing.TryGetValue(row.Details.StudentNumber, out var student))
            {
                student = Student.Register(Guid.CreateVersion7(now), Guid.CreateVersion7(now), row.Details, row.Enrolment, row.MentorStaffId, now);
                created.Add(student);
                Enqueue(StudentEvents.Enrolled(student));
                results.Add(new ImportRowResult(row.Line, row.Details.StudentNumber, ImportOutcome.Created, student.Id, null));
                continue;
            }

            try
            {
                var changed = ApplyChanges(student, row, now);
                results.Add(new ImportRowResult(
                    row.Line, row.Details.StudentNumber, changed ? ImportOutcome.Updated : ImportOutcome.Unchanged, student.Id, null));
            }
            catch (Exception refusal) when (refusal is DomainConflictException or FieldValidationException)
            {
                var errors = refusal is FieldValidationException validation
                    ? validation.Errors
                    : new Dictionary<string, string[]> { ["row"] = [refusal.Message] };
                results.Add(new ImportRowResult(row.Line, row.Details.StudentNumber, ImportOutcome.Rejected, student.Id, errors));
            }
        }

        // New students and the batch's events go in by COPY, in the same transaction: EF's row-by-row INSERTs made a
        // first import of a college several times slower. Changes to existing students still go through EF.
        await BulkCopy.InsertAsync(db, created, cancellationToken);
        await BulkCopy.InsertAsync(db, [.. created.SelectMany(s => s.Enrolments)], cancellationToken);
        await BulkCopy.InsertAsync(db, [.. created.SelectMany(s => s.MentorAssignments)], cancellationToken);
        var events = TakeEnqueuedEventsInOrder();
        await BulkCopy.InsertAsync(db, events, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (events.Count > 0)
        {
            // EF did not write these rows, so its interceptor cannot wake the dispatcher; the commit is done, so we do.
            outboxSignal.Notify();
        }
    }

    /// <summary>Enqueues as usual (the foundation builds the outbox row) and remembers the order, which the dispatcher keeps.</summary>
    private void Enqueue(IntegrationEvent integrationEvent)
    {
        db.EnqueueEvent(integrationEvent);
        _eventOrder.Add(integrationEvent.EventId);
    }

    /// <summary>The outbox rows enqueued in this batch, in enqueue order, detached so SaveChanges does not insert them again.</summary>
    private List<OutboxMessage> TakeEnqueuedEventsInOrder()
    {
        var entries = db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).ToDictionary(e => e.Entity.MessageId);
        var ordered = new List<OutboxMessage>(_eventOrder.Count);
        foreach (var eventId in _eventOrder)
        {
            var entry = entries[eventId];
            ordered.Add(entry.Entity);
            entry.State = EntityState.Detached;
        }

        return ordered;
    }

    /// <summary>The programme first: it is the only change that can be refused, and it refuses before changing anything.</summary>
    private bool ApplyChanges(Student student, StudentCsvRow row, DateTimeOffset now)
    {
        var changed = false;
        if (student.CurrentEnrolment.Details != row.Enrolment)
        {
            db.Enrolments.Add(student.ChangeProgramme(Guid.CreateVersion7(now), row.Enrolment, now));
            Enqueue(StudentEvents.EnrolmentChanged(student));
            changed = true;
        }

        if (student.UpdateDetails(row.Details, now))
        {
            Enqueue(StudentEvents.Updated(student));
            changed = true;
        }

        if (row.MentorStaffId is { } mentor && student.AssignMentor(mentor, now))
        {
            Enqueue(StudentEvents.MentorAssigned(student));
            changed = true;
        }

        return changed;
    }
}
