using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Features.Companies;
using PartnershipHub.Companies.Features.Import;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

public sealed class ImportApiTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private const string Header = "kvk_number,name,sbb_id,sector,street,postcode,city,latitude,longitude,contact_name,contact_email,contact_phone,active,offers";
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task The_sample_file_imports_every_row_and_importing_it_again_changes_nothing()
    {
        var sample = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Import", "sample-companies.csv"));
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<CompanyRegistered>());

        var first = await Import(sample);
        var outboxAfterFirst = await OutboxCount();
        var second = await Import(sample);

        Assert.Equal((5, 5, 0, 0, 0), (first.Rows, first.Created, first.Updated, first.Unchanged, first.Rejected));
        Assert.Equal((5, 0, 0, 5, 0), (second.Rows, second.Created, second.Updated, second.Unchanged, second.Rejected));
        Assert.Equal(outboxAfterFirst, await OutboxCount());
        var korenaar = await events.WaitForAsync<CompanyRegistered>(e => e.KvkNumber == "30123456");
        Assert.Equal(["close-supervision", "fixed-daily-structure"], korenaar.Offers);
        Assert.NotNull(Assert.Single(korenaar.Locations).Latitude);
        var kapsalon = await events.WaitForAsync<CompanyRegistered>(e => e.KvkNumber == "17065432");
        Assert.Equal("Kapsalon Knip, Kleur en Zo", kapsalon.Name);
        Assert.Equal(51.4381, kapsalon.Locations[0].Latitude);
        Assert.False((await events.WaitForAsync<CompanyRegistered>(e => e.KvkNumber == "56781234")).Active);
    }

    [Fact]
    public async Task Malformed_rows_are_reported_and_never_stop_the_valid_ones()
    {
        var good1 = TestData.NewKvk();
        var good2 = TestData.NewKvk();
        var csv = new StringBuilder()
            .AppendLine(Header)
            .AppendLine($"{good1},Goed Een,,Retail,Straat 1,3511 AB,Utrecht,,,,,,true,")                   // row 2
            .AppendLine("1234567,Korte KvK,,Retail,Straat 2,3511 AB,Utrecht,,,,,,true,")                  // row 3
            .AppendLine($"{TestData.NewKvk()},Slechte Postcode,,Retail,Straat 3,351 AB,Utrecht,,,,,,true,") // row 4
            .AppendLine($"{TestData.NewKvk()},,,Retail,Straat 4,3511 AB,Utrecht,,,,,,true,")              // row 5
            .AppendLine($"{TestData.NewKvk()},Te Weinig Kolommen,Retail,Straat 5,3511 AB")                 // row 6
            .AppendLine($"{good1},Dubbel,,Retail,Straat 6,3511 AB,Utrecht,,,,,,true,")                     // row 7
            .AppendLine($"{TestData.NewKvk()},Slechte Breedte,,Retail,Straat 7,3511 AB,Utrecht,52;1,5.1,,,,true,") // row 8
            .AppendLine($"{TestData.NewKvk()},Slecht Actief,,Retail,Straat 8,3511 AB,Utrecht,,,,,,misschien,") // row 9
            .AppendLine($"{good2},Goed Twee,,Retail,Straat 9,1012 AB,Amsterdam,,,,,,ja,close-supervision") // row 10
            .AppendLine($"{TestData.NewKvk()},Bakkerij \"De\" Korenaar,,Retail,Straat 10,3511 AB,Utrecht,,,,,,true,") // row 11
            .ToString();

        var report = await Import(csv);

        Assert.Equal((10, 2, 8), (report.Rows, report.Created, report.Rejected));
        var errors = report.RejectedRows.ToDictionary(r => r.Row, r => r.Errors.Keys.Single());
        Assert.Equal(new Dictionary<int, string>
        {
            [3] = "kvk_number",
            [4] = "postcode",
            [5] = "name",
            [6] = "row",
            [7] = "kvk_number",
            [8] = "latitude",
            [9] = "active",
            [11] = "row",
        }, errors);
        Assert.Contains("row 2", report.RejectedRows.Single(r => r.Row == 7).Errors["kvk_number"][0]);
        var stored = await fixture.InDatabaseAsync(db => db.Companies.Where(c => c.KvkNumber == good1 || c.KvkNumber == good2).Select(c => c.Name).ToListAsync());
        Assert.Equal(["Goed Een", "Goed Twee"], stored.Order());
    }

    [Fact]
    public async Task A_changed_row_updates_the_company_publishes_CompanyUpdated_and_keeps_what_the_file_does_not_hold()
    {
        var kvk = TestData.NewKvk();
        var registered = await TestData.RegisterAsync(_coordinator, TestData.Company(kvk: kvk) with
        {
            Locations =
            [
                new LocationRequest(null, "Oudegracht 1", "3511 AB", "Utrecht", null, null),
                new LocationRequest(null, "Tweede 2", "3811 AA", "Amersfoort", null, null),
            ],
        });
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<CompanyUpdated>());
        // No sector, contact or offers columns: those values stay as they are.
        var csv = $"kvk_number,name,street,postcode,city\n{kvk},Nieuwe Naam,Neude 5,3512 AE,Utrecht\n";

        var report = await Import(csv);

        Assert.Equal(1, report.Updated);
        var published = await events.WaitForAsync<CompanyUpdated>(e => e.CompanyId == registered.Id);
        Assert.Equal("Nieuwe Naam", published.Name);
        Assert.Equal(["3512 AE", "3811 AA"], published.Locations.Select(l => l.Postcode));
        Assert.Equal(["close-supervision"], published.Offers);
        Assert.Equal(2, published.Version);
        var company = await _coordinator.GetFromJsonAsync<CompanyResponse>($"/api/companies/{registered.Id}", TestData.Json);
        Assert.Equal("Retail", company!.Sector);
        Assert.Equal("every two weeks", company.Cooperation.ContactFrequency);
        Assert.Equal("Els Visser", company.Contact.Name);
    }

    [Fact]
    public async Task A_postcode_area_missing_from_the_table_is_imported_without_coordinates()
    {
        var kvk = TestData.NewKvk();

        var report = await Import($"{Header}\n{kvk},Postbus BV,,,Postbus 1,1000 AA,Amsterdam,,,,,,,\n");

        Assert.Equal(1, report.Created);
        var location = await fixture.InDatabaseAsync(db => db.Locations.SingleAsync(l => db.Companies.Any(c => c.Id == l.CompanyId && c.KvkNumber == kvk)));
        Assert.Equal(CoordinatesSource.Missing, location.CoordinatesSource);
        Assert.Null(location.Latitude);
    }

    [Fact]
    public async Task A_multipart_upload_with_semicolons_is_imported_in_batches()
    {
        var kvks = Enumerable.Range(0, CompanyImporter.BatchSize + 250).Select(_ => TestData.NewKvk()).ToList();
        var csv = new StringBuilder("kvk_number;name;street;postcode;city\n");
        foreach (var kvk in kvks)
        {
            csv.Append(kvk).Append(";Bedrijf ").Append(kvk).Append(";Straat 1;3511 AB;Utrecht\n");
        }

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString()));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "export.csv");

        var response = await _coordinator.PostAsync("/api/companies/import", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadAsync<ImportReport>();
        Assert.Equal((kvks.Count, kvks.Count, 0), (report.Rows, report.Created, report.Rejected));
        Assert.Equal(kvks.Count, await fixture.InDatabaseAsync(db => db.Companies.CountAsync(c => kvks.Contains(c.KvkNumber))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("kvk_number,name,street,city\n12345678,X,Straat 1,Utrecht\n")]
    public async Task A_file_without_a_usable_header_is_refused_with_400_naming_the_file(string csv)
    {
        using var body = new StringContent(csv, Encoding.UTF8, "text/csv");

        var response = await _coordinator.PostAsync("/api/companies/import", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("file", (await response.ProblemAsync()).Errors!.Keys);
    }

    private async Task<ImportReport> Import(string csv)
    {
        using var body = new StringContent(csv, Encoding.UTF8, "text/csv");
        var response = await _coordinator.PostAsync("/api/companies/import", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ImportReport>();
    }

    private Task<int> OutboxCount() => fixture.InDatabaseAsync(db => db.Set<OutboxMessage>().CountAsync());
}
