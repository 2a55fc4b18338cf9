using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FieldValidationException = PartnershipHub.ServiceDefaults.Errors.FieldValidationException;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Features.Companies;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Contracts;
using PartnershipHub.Geography;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Outbox;

namespace PartnershipHub.Companies.Features.Import;

/// <summary>
/// Imports a register export. The file is streamed: rows are validated one by one and only a batch of valid rows is
/// held at a time, saved in its own transaction. The KvK number is the key, so importing the same file again
/// finds every company unchanged and publishes nothing; a changed row updates its company and publishes
/// CompanyUpdated. A bad row is reported and never stops the others.
/// </summary>
public sealed partial class CompanyImporter(CompaniesDbContext db, PostcodeAreas areas, OutboxSignal outboxSignal, ILogger<CompanyImporter> logger)
{
    public const int BatchSize = 1000;

    /// <summary>An import that adds this many companies refreshes the planner's statistics before it answers.</summary>
    public const int RefreshStatisticsAfter = 1000;

    public async Task<ImportReport> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var rejected = new List<RejectedRow>();
        var counts = new ImportCounts();
        var firstRowOfKvk = new Dictionary<string, int>(StringComparer.Ordinal);
        var batch = new List<ImportRow>(BatchSize);
        var badData = false;

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";"],
            BadDataFound = _ => badData = true,
        };
        using var reader = new StreamReader(csv);
        using var parser = new CsvParser(reader, configuration);

        if (!await parser.ReadAsync())
        {
            throw new FieldValidationException("file", "The file is empty; it needs a header row.");
        }

        var columns = ImportColumns.FromHeader(parser.Record ?? [], out var missing)
            ?? throw new FieldValidationException("file", $"The header lacks the required column(s): {string.Join(", ", missing)}.");

        var rows = 0;
        while (await parser.ReadAsync())
        {
            var record = parser.Record ?? [];
            var row = parser.Row;
            if (record.All(string.IsNullOrWhiteSpace) && !badData)
            {
                continue;
            }

            rows++;
            if (badData)
            {
                badData = false;
                rejected.Add(new RejectedRow(row, null, Error("row", "The row is not valid CSV (check its quotes).")));
                continue;
            }

            if (record.Length != columns.Count)
            {
                rejected.Add(new RejectedRow(row, null, Error("row", $"The row has {record.Length} columns; the header has {columns.Count}.")));
                continue;
            }

            ImportRow parsed;
            try
            {
                parsed = ImportRow.Parse(row, record, columns, areas);
            }
            catch (FieldValidationException exception)
            {
                rejected.Add(new RejectedRow(row, columns.Get(record, ImportColumns.KvkNumber), exception.Errors));
                continue;
            }

            if (!firstRowOfKvk.TryAdd(parsed.Details.KvkNumber, row))
            {
                rejected.Add(new RejectedRow(row, parsed.Details.KvkNumber, Error(
                    ImportColumns.KvkNumber, $"The KvK number appears earlier in the file (row {firstRowOfKvk[parsed.Details.KvkNumber]}); that row was used.")));
                continue;
            }

            batch.Add(parsed);
            if (batch.Count == BatchSize)
            {
                await SaveBatchOrRowsAsync(batch, counts, rejected, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await SaveBatchOrRowsAsync(batch, counts, rejected, cancellationToken);
        }

        if (counts.Created >= RefreshStatisticsAfter)
        {
            // PostgreSQL's own statistics refresh can lag a minute behind a bulk load; until it runs, the planner
            // thinks the tables are small and the first searches after the import scan them.
            await db.Database.ExecuteSqlRawAsync("ANALYZE companies, company_locations", cancellationToken);
        }

        LogImported(rows, counts.Created, counts.Updated, counts.Unchanged, rejected.Count);
        return new ImportReport(rows, counts.Created, counts.Updated, counts.Unchanged, rejected.Count, [.. rejected.OrderBy(r => r.Row)]);
    }

    /// <summary>
    /// Saves the batch in one transaction. If that fails (another writer registered one of its KvK numbers or changed
    /// one of its companies meanwhile), each row is retried on its own, so one conflict costs only its own row.
    /// </summary>
    private async Task SaveBatchOrRowsAsync(List<ImportRow> batch, ImportCounts counts, List<RejectedRow> rejected, CancellationToken cancellationToken)
    {
        try
        {
            counts.Add(await SaveAsync(batch, cancellationToken));
            return;
        }
        catch (Exception exception) when (exception is DbUpdateException or PostgresException)
        {
            LogBatchRetried(exception, batch[0].Row);
            db.ChangeTracker.Clear();
        }

        foreach (var row in batch)
        {
            try
            {
                counts.Add(await SaveAsync([row], cancellationToken));
            }
            catch (Exception exception) when (exception is DbUpdateException or PostgresException)
            {
                db.ChangeTracker.Clear();
                rejected.Add(new RejectedRow(row.Row, row.Details.KvkNumber, Error(
                    ImportColumns.KvkNumber, "The company was changed by someone else during the import; import the row again.")));
            }
        }
    }

    private async Task<ImportCounts> SaveAsync(IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        // Read without tracking first: in a re-import nearly every row is unchanged, and tracking a thousand
        // companies only to find nothing to save cost most of the import's time.
        var kvks = rows.Select(r => r.Details.KvkNumber).ToArray();
        var existing = await db.Companies
            .AsNoTracking()
            .Include(c => c.Locations)
            .AsSplitQuery()
            .Where(c => kvks.Contains(c.KvkNumber))
            .ToDictionaryAsync(c => c.KvkNumber, cancellationToken);

        var outcome = new ImportCounts();
        var registered = new List<Company>();
        // Publication order is list order: the outbox numbers rows as they are copied.
        var events = new List<IntegrationEvent>();
        var changed = new List<ImportRow>();
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.Details.KvkNumber, out var company))
            {
                if (company.Update(row.MergeInto(company)))
                {
                    changed.Add(row);
                }
                else
                {
                    outcome.Unchanged++;
                }
            }
            else
            {
                company = Company.Register(Guid.CreateVersion7(), row.Details);
                events.Add(CompanyEvents.Registered(company));
                registered.Add(company);
                outcome.Created++;
            }
        }

        if (changed.Count > 0)
        {
            var changedKvks = changed.Select(r => r.Details.KvkNumber).ToArray();
            var tracked = await db.Companies
                .Include(c => c.Locations)
                .AsSplitQuery()
                .Where(c => changedKvks.Contains(c.KvkNumber))
                .ToDictionaryAsync(c => c.KvkNumber, cancellationToken);
            foreach (var row in changed)
            {
                var company = tracked[row.Details.KvkNumber];
                if (company.Update(row.MergeInto(company)))
                {
                    events.Add(CompanyEvents.Updated(company));
                    outcome.Updated++;
                }
                else
                {
                    outcome.Unchanged++;
                }
            }
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await CompanyBulkWriter.InsertAsync(db, registered, cancellationToken);
            await db.CopyToOutboxAsync(events, cancellationToken);
            if (changed.Count > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            if (events.Count > 0)
            {
                // EF did not write the outbox rows, so its interceptor cannot wake the dispatcher; the commit is done, so we do.
                outboxSignal.Notify();
            }
        }

        // Nothing of a saved batch is needed again; a clear tracker keeps memory flat and the next SaveChanges fast.
        db.ChangeTracker.Clear();
        return outcome;
    }

    private static Dictionary<string, string[]> Error(string column, string message) => new() { [column] = [message] };

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Rows} rows: {Created} created, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected")]
    private partial void LogImported(int rows, int created, int updated, int unchanged, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The batch starting at row {Row} could not be saved as a whole; saving its rows one by one")]
    private partial void LogBatchRetried(Exception exception, int row);
}
