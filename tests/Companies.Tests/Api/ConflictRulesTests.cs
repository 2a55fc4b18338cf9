using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Features.Accreditations;
using PartnershipHub.Companies.Features.Capacity;
using PartnershipHub.Companies.Features.Trainers;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Contracts;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

/// <summary>Every 409 of Companies names its rule, so the portal can say it in the user's language.</summary>
public sealed class ConflictRulesTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private static readonly DateOnly Start = new(2026, 9, 1);
    private static readonly DateOnly End = new(2027, 1, 31);
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task A_duplicate_KvK_number_names_kvk_number_taken()
    {
        var first = await TestData.RegisterAsync(_coordinator);

        var response = await _coordinator.PostAsJsonAsync("/api/companies", TestData.Company(first.KvkNumber), TestData.Json);

        var problem = await AssertConflictAsync(response, ConflictRules.KvkNumberTaken);
        Assert.Equal($"A company with KvK number {first.KvkNumber} is already registered.", problem.Detail);
    }

    [Fact]
    public async Task A_KvK_number_taken_meanwhile_is_refused_by_its_unique_index_with_the_same_rule()
    {
        var first = await TestData.RegisterAsync(_coordinator);

        // What the loser of two simultaneous registrations meets: the check found nothing, the insert hits the index.
        var refusal = await CaptureAsync(db =>
        {
            db.Companies.Add(Company.Register(Guid.NewGuid(), Tests.Domain.DomainBuilders.Details(kvk: first.KvkNumber)));
            return db.SaveChangesAsync();
        });

        var problem = Describe(refusal);
        Assert.Equal(ConflictRules.KvkNumberTaken, problem.Extensions["rule"]);
        Assert.Equal("A company with this KvK number is already registered.", problem.Detail);
    }

    [Fact]
    public async Task A_key_taken_meanwhile_is_a_warning_in_the_log_not_an_error()
    {
        var first = await TestData.RegisterAsync(_coordinator);
        var log = CapturedLog.AttachTo(fixture.Factory.Services);

        await CaptureAsync(db =>
        {
            db.Companies.Add(Company.Register(Guid.NewGuid(), Tests.Domain.DomainBuilders.Details(kvk: first.KvkNumber)));
            return db.SaveChangesAsync();
        });

        // Two coordinators registering one company at once is a normal day: the loser hears a 409, the operator no alarm.
        Assert.Empty(log.Errors);
        Assert.Contains(log.Warnings, line => line.Contains("unique key taken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_trainer_email_taken_meanwhile_is_refused_by_its_unique_index_with_the_trainer_rule()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var trainer = await (await _coordinator.PostAsJsonAsync($"/api/companies/{company.Id}/trainers",
            new TrainerRequest("Kees", "kees@x.nl", null, ["25662"], 2, true), TestData.Json)).ReadAsync<TrainerResponse>();

        // A copy of the trainer's row under a new id: only the (company, e-mail) index can refuse it.
        var refusal = await CaptureAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO trainers
            SELECT * FROM jsonb_populate_record(NULL::trainers,
                (SELECT to_jsonb(t) || jsonb_build_object('id', gen_random_uuid()) FROM trainers t WHERE t.id = {trainer.Id}))
            """));

        Assert.Equal(ConflictRules.TrainerEmailTaken, Describe(refusal).Extensions["rule"]);
    }

    [Fact]
    public async Task A_second_trainer_with_the_same_email_names_trainer_email_taken()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var request = new TrainerRequest("Kees", "kees@x.nl", null, ["25662"], 2, true);
        (await _coordinator.PostAsJsonAsync($"/api/companies/{company.Id}/trainers", request, TestData.Json)).EnsureSuccessStatusCode();

        var response = await _coordinator.PostAsJsonAsync($"/api/companies/{company.Id}/trainers", request with { Name = "Kees 2" }, TestData.Json);

        var problem = await AssertConflictAsync(response, ConflictRules.TrainerEmailTaken);
        Assert.Equal("Another trainer of this company already uses kees@x.nl.", problem.Detail);
    }

    [Fact]
    public async Task Revoking_twice_names_accreditation_already_revoked()
    {
        var company = await AccreditedCompanyAsync();
        (await _coordinator.DeleteAsync($"/api/companies/{company}/accreditations/25662?reason=Closed")).EnsureSuccessStatusCode();

        var response = await _coordinator.DeleteAsync($"/api/companies/{company}/accreditations/25662?reason=Again");

        var problem = await AssertConflictAsync(response, ConflictRules.AccreditationAlreadyRevoked);
        Assert.StartsWith("The accreditation for 25662 was already revoked on ", problem.Detail);
    }

    [Fact]
    public async Task Places_without_an_accreditation_name_places_need_accreditation()
    {
        var company = await AccreditedCompanyAsync();

        var response = await PutCapacityAsync(company, new CapacityItem($"P {Guid.NewGuid():N}", Start, End, "25682", 2));

        var problem = await AssertConflictAsync(response, ConflictRules.PlacesNeedAccreditation);
        Assert.Contains("25682", problem.Detail);
    }

    [Fact]
    public async Task A_period_name_with_other_dates_names_period_dates_differ()
    {
        var company = await AccreditedCompanyAsync();
        var period = $"P {Guid.NewGuid():N}";
        (await PutCapacityAsync(company, new CapacityItem(period, Start, End, "25662", 2))).EnsureSuccessStatusCode();

        var response = await PutCapacityAsync(company, new CapacityItem(period, Start, End.AddDays(1), "25662", 2));

        var problem = await AssertConflictAsync(response, ConflictRules.PeriodDatesDiffer);
        Assert.Equal($"Period '{period}' already runs from 2026-09-01 to 2027-01-31.", problem.Detail);
    }

    private static async Task<ProblemBody> AssertConflictAsync(HttpResponseMessage response, string rule)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Equal(rule, problem.Rule);
        return problem;
    }

    private Microsoft.AspNetCore.Mvc.ProblemDetails Describe(Exception refusal) =>
        ConflictAnswers.Describe(refusal, fixture.Factory.Services.GetServices<DatabaseConflict>())
        ?? throw new Xunit.Sdk.XunitException($"Not answered as a conflict: {refusal}");

    private async Task<Exception> CaptureAsync(Func<CompaniesDbContext, Task> work)
    {
        var refusal = await Record.ExceptionAsync(() => fixture.InDatabaseAsync(async db =>
        {
            await work(db);
            return 0;
        }));
        return Assert.IsAssignableFrom<Exception>(refusal);
    }

    private async Task<Guid> AccreditedCompanyAsync()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        (await _coordinator.PostAsJsonAsync($"/api/companies/{company.Id}/accreditations",
            new GrantAccreditationRequest("25662", [LearningRoute.Bol], new DateOnly(2024, 1, 1), null), TestData.Json)).EnsureSuccessStatusCode();
        return company.Id;
    }

    private Task<HttpResponseMessage> PutCapacityAsync(Guid company, params CapacityItem[] items) =>
        _coordinator.PutAsJsonAsync($"/api/companies/{company}/capacity", items, TestData.Json);
}
