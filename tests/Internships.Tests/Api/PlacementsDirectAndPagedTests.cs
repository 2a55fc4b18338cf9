using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>Direct placements under matching's hard rules, and the placements list paged in the database (issue #24, items 1 and 9).</summary>
public sealed class PlacementsDirectAndPagedTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private HttpClient Coordinator => fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    private object Direct(Guid student, Guid company) =>
        new { studentId = student, companyId = company, periodId = _world.PeriodId, crebo = World.Crebo, plannedHours = 320 };

    private static async Task AssertRuleAsync(HttpResponseMessage response, string rule)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_direct_placement_is_proposed_when_the_company_is_accredited_and_has_a_free_place()
    {
        var company = await _world.CompanyAsync(lat: 53.2, lon: 6.56, places: 1);
        var student = await _world.StudentAsync(maxKm: 10);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementProposed>());

        var placement = await (await Coordinator.PostJsonAsync("/api/placements", Direct(student, company))).ReadAsync<PlacementResponse>(HttpStatusCode.Created);

        Assert.Equal(PlacementStatus.Proposed, placement.Status);
        Assert.Equal(company, placement.CompanyId);
        Assert.Equal(320, placement.PlannedHours);
        Assert.Equal(World.PeriodStart, placement.StartDate);
        Assert.NotNull(placement.TrainerId);
        Assert.Null((await _world.LoadAsync(placement.Id)).MatchingRunId);
        await events.WaitForAsync<PlacementProposed>(e => e.Placement.PlacementId == placement.Id);
        await AssertRuleAsync(await Coordinator.PostJsonAsync("/api/placements", Direct(student, await _world.CompanyAsync())), "student-already-placed");
    }

    [Fact]
    public async Task A_direct_placement_is_refused_with_the_rule_when_not_accredited_on_the_dates_or_without_a_free_place()
    {
        var full = await _world.CompanyAsync(places: 1);
        await _world.PlacementAsync(company: full);
        var notAccredited = await _world.CompanyAsync(accredited: false);
        var expiresDuring = await _world.CompanyAsync(validTo: World.PeriodStart.AddMonths(2));
        var avoided = await _world.CompanyAsync();
        var student = await _world.StudentAsync(avoid: [avoided]);

        await AssertRuleAsync(await Coordinator.PostJsonAsync("/api/placements", Direct(student, full)), ExclusionRules.NoCapacity);
        await AssertRuleAsync(await Coordinator.PostJsonAsync("/api/placements", Direct(student, notAccredited)), ExclusionRules.NoAccreditation);
        await AssertRuleAsync(await Coordinator.PostJsonAsync("/api/placements", Direct(student, expiresDuring)), ExclusionRules.NoAccreditation);
        await AssertRuleAsync(await Coordinator.PostJsonAsync("/api/placements", Direct(student, avoided)), ExclusionRules.Avoided);
        await AssertRuleAsync(
            await Coordinator.PostJsonAsync("/api/placements", new { studentId = student, companyId = await _world.CompanyAsync(), periodId = _world.PeriodId, crebo = "25250" }),
            ExclusionRules.NoAccreditation);
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Placements.CountAsync(p => p.StudentId == student)));
    }

    [Fact]
    public async Task A_direct_placement_names_the_field_of_bad_input_and_only_a_coordinator_places()
    {
        var company = await _world.CompanyAsync();
        var student = await _world.StudentAsync();

        await (await Coordinator.PostJsonAsync("/api/placements", new { companyId = company, periodId = _world.PeriodId })).AssertFieldErrorAsync("studentId");
        await (await Coordinator.PostJsonAsync("/api/placements", new { studentId = student, periodId = _world.PeriodId })).AssertFieldErrorAsync("companyId");
        await (await Coordinator.PostJsonAsync("/api/placements", new { studentId = student, companyId = company })).AssertFieldErrorAsync("periodId");
        await (await Coordinator.PostJsonAsync("/api/placements", new { studentId = student, companyId = company, periodId = Guid.NewGuid() })).AssertFieldErrorAsync("periodId");
        await (await Coordinator.PostJsonAsync("/api/placements", new { studentId = Guid.NewGuid(), companyId = company, periodId = _world.PeriodId })).AssertFieldErrorAsync("studentId");
        await (await Coordinator.PostJsonAsync("/api/placements", new { studentId = student, companyId = Guid.NewGuid(), periodId = _world.PeriodId })).AssertFieldErrorAsync("companyId");
        await (await Coordinator.PostJsonAsync("/api/placements", new { studentId = student, companyId = company, periodId = _world.PeriodId, crebo = "12" })).AssertFieldErrorAsync("crebo");
        await (await Coordinator.PostJsonAsync("/api/placements", new { studentId = student, companyId = company, periodId = _world.PeriodId, plannedHours = 0 })).AssertFieldErrorAsync("plannedHours");
        await (await Coordinator.PostJsonAsync("/api/placements", new { studentId = student, companyId = company, periodId = _world.PeriodId, startDate = "2026-10-01", endDate = "2026-09-30" }))
            .AssertFieldErrorAsync("endDate");
        await (await Coordinator.PostJsonAsync("/api/placements", new { studentId = student, companyId = company, periodId = _world.PeriodId, locationId = Guid.NewGuid() }))
            .AssertFieldErrorAsync("locationId");

        foreach (var token in new[]
        {
            TestTokens.Teacher(fixture.Audience, Guid.NewGuid()), TestTokens.Mentor(fixture.Audience, Guid.NewGuid()),
            TestTokens.Trainer(fixture.Audience, company), TestTokens.Student(fixture.Audience, student), TestTokens.Operator(fixture.Audience),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(token).PostJsonAsync("/api/placements", Direct(student, company))).StatusCode);
        }

        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Placements.CountAsync(p => p.StudentId == student)));
    }

    [Fact]
    public async Task A_school_with_more_than_2000_placements_pages_past_2000_with_the_total_and_filters_in_the_database()
    {
        const int count = 2150;
        var period = Guid.NewGuid();
        var teacher = Guid.NewGuid();
        // Seeded by SQL: numbered companies and start dates so the order (start date, id) is known; every tenth is at risk,
        // every fifth active, the first 30 with the teacher.
        await fixture.InDatabaseAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO placements (id, student_id, company_id, company_name, location_id, trainer_id, teacher_staff_id, crebo, route, period_id,
                start_date, end_date, planned_hours, status, risks, signatures, created_at, joint_contacts, version)
            SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'Bulk company ' || lpad(n::text, 4, '0'), gen_random_uuid(), NULL,
                   CASE WHEN n <= 30 THEN {teacher} END, '25662', 0, {period},
                   DATE '2026-09-01' + (n / 100), DATE '2027-01-31', 400,
                   CASE WHEN n % 5 = 0 THEN 2 ELSE 0 END,
                   CASE WHEN n % 10 = 0 THEN '["NoRecentContact"]'::jsonb ELSE '[]'::jsonb END, '[]'::jsonb, now(), 0, 1
            FROM generate_series(1, {count}) AS n
            """));

        var first = await (await Coordinator.GetAsync($"/api/placements?periodId={period}&pageSize=500")).ReadAsync<PageResponse<PlacementResponse>>();
        var fifth = await (await Coordinator.GetAsync($"/api/placements?periodId={period}&pageSize=500&page=5")).ReadAsync<PageResponse<PlacementResponse>>();
        var sixth = await (await Coordinator.GetAsync($"/api/placements?periodId={period}&pageSize=500&page=6")).ReadAsync<PageResponse<PlacementResponse>>();
        var beyond2000 = await (await Coordinator.GetAsync($"/api/placements?periodId={period}&pageSize=100&page=21")).ReadAsync<PageResponse<PlacementResponse>>();

        Assert.Equal(count, first.Total);
        Assert.Equal(500, first.Items.Count);
        Assert.Equal(count, fifth.Total);
        Assert.Equal(count - 2000, fifth.Items.Count);
        Assert.Empty(sixth.Items);
        Assert.Equal(100, beyond2000.Items.Count);
        Assert.Empty(first.Items.Select(p => p.Id).Intersect(fifth.Items.Select(p => p.Id)));
        Assert.Equal(new DateOnly(2026, 9, 22), fifth.Items[^1].StartDate);

        var atRisk = await (await Coordinator.GetAsync($"/api/placements?periodId={period}&atRisk=true&pageSize=10&page=22")).ReadAsync<PageResponse<PlacementResponse>>();
        Assert.Equal(count / 10, atRisk.Total);
        Assert.Equal(5, atRisk.Items.Count);
        Assert.All(atRisk.Items, p => Assert.Equal([PlacementRisk.NoRecentContact], p.Risks));
        var notAtRisk = await (await Coordinator.GetAsync($"/api/placements?periodId={period}&atRisk=false&pageSize=1")).ReadAsync<PageResponse<PlacementResponse>>();
        Assert.Equal(count - (count / 10), notAtRisk.Total);

        var active = await (await Coordinator.GetAsync($"/api/placements?periodId={period}&status=active&pageSize=1")).ReadAsync<PageResponse<PlacementResponse>>();
        Assert.Equal(count / 5, active.Total);
        var activeAtRisk = await (await Coordinator.GetAsync($"/api/placements?periodId={period}&status=active&atRisk=true&pageSize=1")).ReadAsync<PageResponse<PlacementResponse>>();
        Assert.Equal(count / 10, activeAtRisk.Total);
        var taught = await (await Coordinator.GetAsync($"/api/placements?periodId={period}&teacherStaffId={teacher}")).ReadAsync<PageResponse<PlacementResponse>>();
        Assert.Equal(30, taught.Total);
        var found = await (await Coordinator.GetAsync($"/api/placements?periodId={period}&search=company%202101")).ReadAsync<PageResponse<PlacementResponse>>();
        Assert.Equal("Bulk company 2101", Assert.Single(found.Items).CompanyName);
        var literal = await (await Coordinator.GetAsync($"/api/placements?periodId={period}&search=company%20_1")).ReadAsync<PageResponse<PlacementResponse>>();
        Assert.Equal(0, literal.Total);

        var asTeacher = await (await fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher)).GetAsync($"/api/placements?periodId={period}&pageSize=500"))
            .ReadAsync<PageResponse<PlacementResponse>>();
        Assert.Equal(30, asTeacher.Total);
        await (await Coordinator.GetAsync("/api/placements?pageSize=501")).AssertFieldErrorAsync("pageSize");
        await (await Coordinator.GetAsync("/api/placements?page=0")).AssertFieldErrorAsync("page");
    }

    [Fact]
    public async Task The_list_finds_a_student_by_number_or_name_and_filters_by_mentor()
    {
        var mentor = Guid.NewGuid();
        var student = await _world.StudentAsync(mentor: mentor);
        var number = "S" + Random.Shared.Next(10_000_000, 99_999_999);
        await fixture.InDatabaseAsync(async db =>
        {
            var copy = await db.Students.FindAsync(student);
            copy!.StudentNumber = number;
            return await db.SaveChangesAsync();
        });
        var placement = await _world.PlacementAsync(student);
        await _world.PlacementAsync();

        var byNumber = await (await Coordinator.GetAsync($"/api/placements?search={number}")).ReadAsync<PageResponse<PlacementResponse>>();
        var byMentor = await (await Coordinator.GetAsync($"/api/placements?mentorStaffId={mentor}")).ReadAsync<PageResponse<PlacementResponse>>();

        var row = Assert.Single(byNumber.Items);
        Assert.Equal(placement, row.Id);
        Assert.Equal(number, row.StudentNumber);
        Assert.Equal(placement, Assert.Single(byMentor.Items).Id);
        Assert.Equal(1, byMentor.Total);
    }
}
