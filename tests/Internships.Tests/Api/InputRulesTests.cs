using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Features.Assignments;
using PartnershipHub.Internships.Features.Contacts;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>Input that only Internships can judge: nonsense answers 400 naming the field and stores nothing.</summary>
public sealed class InputRulesTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private HttpClient Coordinator => fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    private async Task<(Guid Placement, HttpClient Teacher, HttpClient Trainer)> ActivePlacementAsync()
    {
        var teacher = Guid.NewGuid();
        var company = await _world.CompanyAsync();
        var placement = await _world.SignedPlacementAsync(await _world.StudentAsync(), company, teacher, start: true);
        return (placement, fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher)), fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company)));
    }

    private static object Draft(object? criterionKeys = null, object? workProcesses = null, string dueDate = "2026-10-01") => new
    {
        title = "Shelf plan",
        description = "Plan one aisle.",
        criterionKeys = criterionKeys ?? new[] { "cooperation" },
        workProcesses = workProcesses ?? new[] { "B1-K1-W2" },
        dueDate,
    };

    private Task<int> AssignmentCountAsync(Guid placement) => fixture.InDatabaseAsync(db => db.Assignments.CountAsync(a => a.PlacementId == placement));

    [Fact]
    public async Task A_null_criterion_key_or_work_process_is_refused_by_its_index()
    {
        var (placement, teacher, _) = await ActivePlacementAsync();
        var url = $"/api/placements/{placement}/assignments";

        await (await teacher.PostJsonAsync(url, Draft(criterionKeys: new[] { "cooperation", "initiative", null }))).AssertFieldErrorAsync("criterionKeys[2]");
        await (await teacher.PostJsonAsync(url, Draft(workProcesses: new string?[] { null }))).AssertFieldErrorAsync("workProcesses[0]");

        Assert.Equal(0, await AssignmentCountAsync(placement));
    }

    [Fact]
    public async Task Criterion_keys_are_bounded_in_number_and_shaped_as_framework_keys()
    {
        var (placement, teacher, _) = await ActivePlacementAsync();
        var url = $"/api/placements/{placement}/assignments";

        await (await teacher.PostJsonAsync(url, Draft(criterionKeys: Enumerable.Range(0, 5000).Select(i => $"key-{i}").ToArray()))).AssertFieldErrorAsync("criterionKeys");
        await (await teacher.PostJsonAsync(url, Draft(criterionKeys: new[] { "cooperation", "Not a key!" }))).AssertFieldErrorAsync("criterionKeys[1]");
        await (await teacher.PostJsonAsync(url, Draft(workProcesses: new[] { "B1-K1-W2", "anything at all" }))).AssertFieldErrorAsync("workProcesses[1]");

        Assert.Equal(0, await AssignmentCountAsync(placement));
    }

    [Fact]
    public async Task An_assignment_is_due_during_its_placement()
    {
        var (placement, teacher, _) = await ActivePlacementAsync();
        var url = $"/api/placements/{placement}/assignments";

        await (await teacher.PostJsonAsync(url, Draft(dueDate: "9999-12-31"))).AssertFieldErrorAsync("dueDate");
        await (await teacher.PostJsonAsync(url, Draft(dueDate: "0001-01-01"))).AssertFieldErrorAsync("dueDate");

        Assert.Equal(0, await AssignmentCountAsync(placement));
    }

    [Fact]
    public async Task A_follow_up_cannot_be_due_before_the_contact()
    {
        var (placement, teacher, _) = await ActivePlacementAsync();
        var contactedAt = DateTimeOffset.UtcNow.AddDays(-1);
        var body = new { kind = "Visit", contactedAt, summary = "Visited", joint = true, followUp = "call back", followUpDue = DateOnly.FromDateTime(contactedAt.UtcDateTime).AddDays(-3) };

        await (await teacher.PostJsonAsync($"/api/placements/{placement}/contacts", body)).AssertFieldErrorAsync("followUpDue");
        await (await teacher.PostJsonAsync($"/api/placements/{placement}/contacts", body with { followUpDue = new DateOnly(9999, 12, 31) })).AssertFieldErrorAsync("followUpDue");

        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Contacts.CountAsync(c => c.PlacementId == placement)));
    }

    [Fact]
    public async Task A_contact_long_before_the_placement_is_refused()
    {
        var (placement, teacher, _) = await ActivePlacementAsync();
        var body = new { kind = "Call", contactedAt = new DateTimeOffset(2001, 1, 1, 10, 0, 0, TimeSpan.Zero), summary = "Call" };

        await (await teacher.PostJsonAsync($"/api/placements/{placement}/contacts", body)).AssertFieldErrorAsync("contactedAt");

        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Contacts.CountAsync(c => c.PlacementId == placement)));
    }

    [Fact]
    public async Task Enum_values_given_as_numbers_outside_the_enum_are_refused()
    {
        var (placement, teacher, _) = await ActivePlacementAsync();
        var proposed = await _world.PlacementAsync();

        await (await Coordinator.PostJsonAsync($"/api/placements/{proposed}/agreement/signatures", new { party = "School", method = 7, signerName = "X" })).AssertFieldErrorAsync("method");
        await (await Coordinator.PostJsonAsync($"/api/placements/{proposed}/agreement/signatures", new { party = "School", method = "7", signerName = "X" })).AssertFieldErrorAsync("method");
        await (await teacher.PostJsonAsync($"/api/placements/{placement}/contacts", new { kind = 7, contactedAt = DateTimeOffset.UtcNow, summary = "x" })).AssertFieldErrorAsync("kind");
        await (await Coordinator.PostJsonAsync($"/api/placements/{placement}/end-early", new { reason = 42, endedByRole = "school" })).AssertFieldErrorAsync("reason");

        Assert.Empty((await _world.LoadAsync(proposed)).Signatures);
        Assert.Equal(PlacementStatus.Active, (await _world.LoadAsync(placement)).Status);
        await (await Coordinator.GetAsync("/api/placements?status=7")).AssertFieldErrorAsync("status");
    }

    [Fact]
    public async Task Start_and_end_dates_of_a_placement_must_fit_the_placement()
    {
        var signed = await _world.SignedPlacementAsync(await _world.StudentAsync(), await _world.CompanyAsync());
        await (await Coordinator.PostJsonAsync($"/api/placements/{signed}/start", new { startedOn = "0001-01-01" })).AssertFieldErrorAsync("startedOn");
        await (await Coordinator.PostJsonAsync($"/api/placements/{signed}/start", new { startedOn = "9999-12-31" })).AssertFieldErrorAsync("startedOn");
        Assert.Equal(PlacementStatus.AgreementSigned, (await _world.LoadAsync(signed)).Status);

        var (active, _, _) = await ActivePlacementAsync();
        await (await Coordinator.PostJsonAsync($"/api/placements/{active}/complete", new { endedOn = World.PeriodStart.AddDays(-1) })).AssertFieldErrorAsync("endedOn");
        await (await Coordinator.PostJsonAsync($"/api/placements/{active}/complete", new { endedOn = "9999-12-31" })).AssertFieldErrorAsync("endedOn");
        await (await Coordinator.PostJsonAsync($"/api/placements/{active}/end-early", new { reason = "Other", endedByRole = "school", endedOn = World.PeriodStart.AddDays(-1) })).AssertFieldErrorAsync("endedOn");
        await (await Coordinator.PostJsonAsync($"/api/placements/{active}/end-early", new { reason = "Other", endedByRole = "school", endedOn = "9999-12-31" })).AssertFieldErrorAsync("endedOn");
        Assert.Equal(PlacementStatus.Active, (await _world.LoadAsync(active)).Status);
    }

    [Fact]
    public async Task An_hours_week_outside_the_placement_is_refused_by_name()
    {
        var (placement, _, trainer) = await ActivePlacementAsync();

        await (await trainer.PostJsonAsync($"/api/placements/{placement}/hours/weeks/0001-01-01/approve")).AssertFieldErrorAsync("weekStart");
        await (await trainer.PostJsonAsync($"/api/placements/{placement}/hours/weeks/9999-12-27/reject", new { comment = "no" })).AssertFieldErrorAsync("weekStart");
    }

    [Fact]
    public async Task Paper_and_guardian_signatures_do_not_go_through_the_portal_signature()
    {
        var proposed = await _world.PlacementAsync(birth: World.PeriodStart.AddYears(-16));
        var url = $"/api/placements/{proposed}/agreement/signatures";

        await (await Coordinator.PostJsonAsync(url, new { party = "School", method = "Paper", signerName = "X" })).AssertFieldErrorAsync("method");
        await (await Coordinator.PostJsonAsync(url, new { party = "Guardian", method = "Portal", signerName = "X" })).ProblemAsync(System.Net.HttpStatusCode.Forbidden);

        Assert.Empty((await _world.LoadAsync(proposed)).Signatures);
    }

    [Fact]
    public async Task Hours_with_more_than_two_decimals_are_refused_rather_than_rounded()
    {
        var student = await _world.StudentAsync();
        var placement = await _world.SignedPlacementAsync(student, await _world.CompanyAsync(), start: true);
        var asStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));

        await (await asStudent.PutJsonAsync($"/api/placements/{placement}/hours/2026-09-07", new { hours = 7.123 })).AssertFieldErrorAsync("hours");

        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Hours.CountAsync(h => h.PlacementId == placement)));
    }

    [Fact]
    public async Task A_null_student_id_in_a_matching_run_is_refused_by_its_index()
    {
        var response = await Coordinator.PostJsonAsync("/api/matching/runs", new { periodId = _world.PeriodId, studentIds = new Guid?[] { Guid.NewGuid(), null } });

        await response.AssertFieldErrorAsync("studentIds[1]");
    }
}
