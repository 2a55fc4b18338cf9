using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Features.Import;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

/// <summary>The import copies its events into the outbox in bulk (the row format is tested in Messaging.Tests); this shows each is published once, in row order.</summary>
public sealed class ImportOutboxTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task An_import_over_several_batches_publishes_each_event_exactly_once_in_row_order()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<CompanyRegistered>().Collect<CompanyUpdated>());
        var kvks = Enumerable.Range(0, CompanyImporter.BatchSize + 150).Select(_ => TestData.NewKvk()).ToList();
        string Csv(Func<int, string> name) =>
            "kvk_number,name,street,postcode,city\n" + string.Concat(kvks.Select((kvk, i) => $"{kvk},{name(i)},Straat 1,3511 AB,Utrecht\n"));

        var first = await Import(Csv(i => $"Bedrijf {i}"));
        var second = await Import(Csv(i => i == 7 ? "Hernoemd" : $"Bedrijf {i}"));

        Assert.Equal(kvks.Count, first.Created);
        Assert.Equal((1, kvks.Count - 1), (second.Updated, second.Unchanged));
        var updated = await events.WaitForAsync<CompanyUpdated>(e => e.KvkNumber == kvks[7], TimeSpan.FromSeconds(60));
        Assert.Equal("Hernoemd", updated.Name);
        var ours = kvks.ToHashSet(StringComparer.Ordinal);
        await WaitUntilAsync(() => Task.FromResult(events.All<CompanyRegistered>().Count(e => ours.Contains(e.KvkNumber)) >= kvks.Count));
        var registeredType = OutboxBulk.TypeName(typeof(CompanyRegistered));
        List<OutboxMessage> rows = [];
        await WaitUntilAsync(async () =>
        {
            rows = await fixture.InDatabaseAsync(db => db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.MessageType == registeredType).OrderBy(m => m.Id).ToListAsync());
            rows = [.. rows.Where(m => ours.Contains(KvkOf(m)))];
            return rows.All(m => m.SentAt is not null);
        });

        // One row per company, numbered in file order, each published by a single successful attempt.
        Assert.Equal(kvks, rows.Select(KvkOf).ToList());
        Assert.All(rows, row => Assert.Equal(1, row.Attempts));
        var received = events.All<CompanyRegistered>().Where(e => ours.Contains(e.KvkNumber)).ToList();
        Assert.Equal(rows.Select(m => m.MessageId).Order(), received.Select(e => e.EventId).Order());
        Assert.Single(events.All<CompanyUpdated>(), e => e.KvkNumber == kvks[7]);
    }

    private static string KvkOf(OutboxMessage row)
    {
        using var payload = JsonDocument.Parse(row.Payload);
        return payload.RootElement.GetProperty("kvkNumber").GetString()!;
    }

    private static Task WaitUntilAsync(Func<Task<bool>> condition) =>
        Eventually.WaitUntilAsync(condition, "the imported companies' events", TimeSpan.FromSeconds(60));

    private async Task<ImportReport> Import(string csv)
    {
        using var body = new StringContent(csv, Encoding.UTF8, "text/csv");
        var response = await _coordinator.PostAsync("/api/companies/import", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ImportReport>();
    }
}
