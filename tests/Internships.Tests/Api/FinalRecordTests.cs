using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Assignments;
using PartnershipHub.Internships.Features.Hours;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>
/// A signed-off assignment and an approved day of hours are final: the database itself refuses to change them, even
/// to the service's own SQL, and a mistake in approved hours is put right by a correction that points at them.
/// </summary>
public sealed class FinalRecordTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private const string FinalRecord = "PHF01";

    private readonly World _world = new(fixture);

    private sealed record Setup(Guid Placement, Guid Student, HttpClient Teacher, HttpClient Trainer, HttpClient StudentClient);

    private async Task<Setup> ActivePlacementAsync()
    {
        var teacher = Guid.NewGuid();
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var placement = await _world.SignedPlacementAsync(student, company, teacher, start: true);
        return new Setup(placement, student,
            fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher)),
            fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company)),
            fixture.CreateClient(TestTokens.Student(fixture.Audience, student)));
    }

    private static async Task<Guid> SignedOffAssignmentAsync(Setup s)
    {
        var draft = await (await s.Teacher.PostJsonAsync($"/api/placements/{s.Placement}/assignments",
            new { title = "Shelf plan", description = "Plan one aisle.", criterionKeys = new[] { "cooperation", "initiative" }, workProcesses = new[] { "B1-K1-W2" } }))
            .ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var url = $"/api/assignments/{draft.Id}";
        await (await s.Trainer.PostJsonAsync($"{url}/confirm")).ReadAsync<AssignmentResponse>();
        await (await s.StudentClient.PostJsonAsync($"{url}/start")).ReadAsync<AssignmentResponse>();
        await (await s.StudentClient.PostJsonAsync($"{url}/submit", new { evidence = "photos", reflection = "learned to plan" })).ReadAsync<AssignmentResponse>();
        await (await s.Trainer.PostJsonAsync($"{url}/sign-off", new { feedback = "well done" })).ReadAsync<AssignmentResponse>();
        return draft.Id;
    }

    private Task RefusedAsync(string sql, params object[] parameters) =>
        fixture.InDatabaseAsync(async db =>
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(sql, parameters));
            Assert.Equal(FinalRecord, refused.SqlState);
            return 0;
        });

    private Task<int> ExecuteAsync(string sql, params object[] parameters) =>
        fixture.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(sql, parameters));

    [Fact]
    public async Task A_signed_off_assignment_refuses_any_change_by_sql_but_the_teachers_review_still_follows()
    {
        var s = await ActivePlacementAsync();
        var id = await SignedOffAssignmentAsync(s);

        await RefusedAsync("UPDATE assignments SET title = 'rewritten' WHERE id = {0}", id);
        await RefusedAsync("UPDATE assignments SET criterion_keys = ARRAY['punctuality'] WHERE id = {0}", id);
        await RefusedAsync("UPDATE assignments SET feedback = 'poor', evidence = 'none' WHERE id = {0}", id);
        await RefusedAsync("UPDATE assignments SET status = 3 WHERE id = {0}", id);
        await RefusedAsync("UPDATE assignments SET status = 7, title = 'rewritten' WHERE id = {0}", id);
        await RefusedAsync("DELETE FROM assignments WHERE id = {0}", id);
        await RefusedAsync("TRUNCATE assignments CASCADE");

        var reviewed = await (await s.Teacher.PostJsonAsync($"/api/assignments/{id}/review", new { note = "discussed in class" })).ReadAsync<AssignmentResponse>();
        Assert.Equal(AssignmentStatus.Reviewed, reviewed.Status);
        Assert.Equal(["cooperation", "initiative"], reviewed.CriterionKeys);
        Assert.Equal("well done", reviewed.Feedback);

        await RefusedAsync("UPDATE assignments SET review_note = 'changed later' WHERE id = {0}", id);
        await RefusedAsync("DELETE FROM assignments WHERE id = {0}", id);
    }

    [Fact]
    public async Task An_assignment_before_sign_off_may_still_change()
    {
        var s = await ActivePlacementAsync();
        var draft = await (await s.Teacher.PostJsonAsync($"/api/placements/{s.Placement}/assignments", new { title = "Draft", description = "d" }))
            .ReadAsync<AssignmentResponse>(HttpStatusCode.Created);

        Assert.Equal(1, await ExecuteAsync("UPDATE assignments SET title = 'Renamed' WHERE id = {0}", draft.Id));
        Assert.Equal(1, await ExecuteAsync("DELETE FROM assignments WHERE id = {0}", draft.Id));
    }

    [Fact]
    public async Task An_approved_day_refuses_any_change_by_sql_while_open_days_may_change()
    {
        var s = await ActivePlacementAsync();
        await (await s.StudentClient.PutJsonAsync($"/api/placements/{s.Placement}/hours/2026-09-07", new { hours = 8 })).ReadAsync<HoursOverview>();
        await (await s.StudentClient.PutJsonAsync($"/api/placements/{s.Placement}/hours/2026-09-14", new { hours = 6 })).ReadAsync<HoursOverview>();
        await (await s.Trainer.PostJsonAsync($"/api/placements/{s.Placement}/hours/weeks/2026-09-07/approve")).ReadAsync<HoursOverview>();

        await RefusedAsync("UPDATE hours SET hours = 12 WHERE placement_id = {0} AND date = '2026-09-07'", s.Placement);
        await RefusedAsync("UPDATE hours SET status = 0 WHERE placement_id = {0} AND date = '2026-09-07'", s.Placement);
        await RefusedAsync("DELETE FROM hours WHERE placement_id = {0} AND date = '2026-09-07'", s.Placement);
        await RefusedAsync("TRUNCATE hours");

        Assert.Equal(1, await ExecuteAsync("UPDATE hours SET hours = 7 WHERE placement_id = {0} AND date = '2026-09-14'", s.Placement));
        var day = await fixture.InDatabaseAsync(db => db.Hours.AsNoTracking().SingleAsync(h => h.PlacementId == s.Placement && h.Date == new DateOnly(2026, 9, 7)));
        Assert.Equal(8m, day.Hours);
        Assert.Equal(HoursStatus.Approved, day.Status);
    }

    [Fact]
    public async Task An_approved_day_is_corrected_by_a_new_entry_that_counts_once_the_trainer_approves_it()
    {
        var s = await ActivePlacementAsync();
        var hours = $"/api/placements/{s.Placement}/hours";
        await (await s.StudentClient.PutJsonAsync($"{hours}/2026-09-07", new { hours = 8 })).ReadAsync<HoursOverview>();
        await (await s.StudentClient.PutJsonAsync($"{hours}/2026-09-08", new { hours = 6 })).ReadAsync<HoursOverview>();
        await (await s.Trainer.PostJsonAsync($"{hours}/weeks/2026-09-07/approve")).ReadAsync<HoursOverview>();
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<HoursApproved>());

        // Changing an approved day stays refused; correcting it is a new entry waiting for the trainer.
        await (await s.StudentClient.PutJsonAsync($"{hours}/2026-09-07", new { hours = 4 })).ProblemAsync(HttpStatusCode.Conflict);
        var pending = await (await s.StudentClient.PostJsonAsync($"{hours}/2026-09-07/corrections", new { hours = 4, description = "left at noon" })).ReadAsync<HoursOverview>();
        Assert.Equal(14m, pending.ApprovedHours);
        var correction = pending.Weeks.Single().Days.Single(d => d.Date == new DateOnly(2026, 9, 7));
        Assert.Equal(HoursStatus.Open, correction.Status);
        Assert.Equal(4m, correction.Hours);
        Assert.Equal(8m, correction.ApprovedHours);
        Assert.NotNull(correction.CorrectsId);
        await (await s.StudentClient.PostJsonAsync($"{hours}/2026-09-07/corrections", new { hours = 3 })).ProblemAsync(HttpStatusCode.Conflict);

        var corrected = await (await s.Trainer.PostJsonAsync($"{hours}/weeks/2026-09-07/approve")).ReadAsync<HoursOverview>();

        Assert.Equal(10m, corrected.ApprovedHours);
        Assert.Equal(10m, corrected.LoggedHours);
        Assert.Equal("approved", corrected.Weeks.Single().Status);
        Assert.Equal(10m, corrected.Weeks.Single().Hours);
        Assert.Equal(10m, (await (await s.Trainer.GetAsync($"/api/placements/{s.Placement}")).ReadAsync<PlacementResponse>()).ApprovedHours);
        Assert.Equal(10m, (await events.WaitForAsync<HoursApproved>(e => e.PlacementId == s.Placement)).Hours);
        var original = await fixture.InDatabaseAsync(db => db.Hours.AsNoTracking().SingleAsync(h => h.Id == correction.CorrectsId));
        Assert.Equal((8m, HoursStatus.Approved), (original.Hours, original.Status));
    }

    [Fact]
    public async Task A_rejected_correction_leaves_the_approved_figure_standing()
    {
        var s = await ActivePlacementAsync();
        var hours = $"/api/placements/{s.Placement}/hours";
        await (await s.StudentClient.PutJsonAsync($"{hours}/2026-09-07", new { hours = 8 })).ReadAsync<HoursOverview>();
        await (await s.Trainer.PostJsonAsync($"{hours}/weeks/2026-09-07/approve")).ReadAsync<HoursOverview>();
        await (await s.StudentClient.PostJsonAsync($"{hours}/2026-09-08/corrections", new { hours = 4 })).ProblemAsync(HttpStatusCode.Conflict);
        await (await s.StudentClient.PostJsonAsync($"{hours}/2026-09-07/corrections", new { hours = 25 })).AssertFieldErrorAsync("hours");
        await (await s.StudentClient.PostJsonAsync($"{hours}/2026-09-07/corrections", new { hours = 12 })).ReadAsync<HoursOverview>();

        var rejected = await (await s.Trainer.PostJsonAsync($"{hours}/weeks/2026-09-07/reject", new { comment = "you left at five" })).ReadAsync<HoursOverview>();

        Assert.Equal(8m, rejected.ApprovedHours);
        Assert.Equal(8m, rejected.LoggedHours);
        Assert.Equal(HoursStatus.Rejected, rejected.Weeks.Single().Days.Single().Status);
        // The rejected correction may be logged again, and waits for the trainer once more.
        var again = await (await s.StudentClient.PutJsonAsync($"{hours}/2026-09-07", new { hours = 9 })).ReadAsync<HoursOverview>();
        Assert.Equal(HoursStatus.Open, again.Weeks.Single().Days.Single().Status);
        Assert.Equal(8m, again.ApprovedHours);
    }

    [Fact]
    public async Task A_signed_off_assignment_is_corrected_by_a_new_assignment_that_points_at_it()
    {
        var s = await ActivePlacementAsync();
        var original = await SignedOffAssignmentAsync(s);
        var url = $"/api/placements/{s.Placement}/assignments";
        var redo = new { title = "Shelf plan, again", description = "Plan one aisle with price labels.", criterionKeys = new[] { "cooperation" }, correctsId = original };

        var correction = await (await s.Teacher.PostJsonAsync(url, redo)).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);

        Assert.Equal(original, correction.CorrectsId);
        Assert.Equal(AssignmentStatus.Draft, correction.Status);
        var listed = await (await s.Trainer.GetAsync(url)).ReadAsync<List<AssignmentResponse>>();
        var signedOff = listed.Single(a => a.Id == original);
        Assert.Equal(correction.Id, signedOff.CorrectedById);
        Assert.Equal((AssignmentStatus.SignedOff, "Shelf plan", "well done"), (signedOff.Status, signedOff.Title, signedOff.Feedback));
        Assert.Equal(correction.Id, (await (await s.Trainer.GetAsync($"/api/assignments/{original}")).ReadAsync<AssignmentResponse>()).CorrectedById);
        // One redo at a time, of signed-off work only, on the same placement.
        await (await s.Teacher.PostJsonAsync(url, redo)).ProblemAsync(HttpStatusCode.Conflict);
        await (await s.Teacher.PostJsonAsync(url, redo with { correctsId = correction.Id })).ProblemAsync(HttpStatusCode.Conflict);
        await (await s.Teacher.PostJsonAsync(url, redo with { correctsId = Guid.NewGuid() })).AssertFieldErrorAsync("correctsId");
        var other = await ActivePlacementAsync();
        var elsewhere = await (await other.Teacher.PostJsonAsync($"/api/placements/{other.Placement}/assignments", redo with { correctsId = original })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(elsewhere.GetProperty("errors").TryGetProperty("correctsId", out _));
        await RefusedAsync("UPDATE assignments SET corrects_id = {1}, status = 7, steps = steps || '[{{}}]'::jsonb WHERE id = {0}", original, correction.Id);
    }

    [Fact]
    public async Task Erasing_a_student_still_works_beside_final_records()
    {
        var s = await ActivePlacementAsync();
        await SignedOffAssignmentAsync(s);
        await (await s.StudentClient.PutJsonAsync($"/api/placements/{s.Placement}/hours/2026-09-07", new { hours = 8 })).ReadAsync<HoursOverview>();
        await (await s.Trainer.PostJsonAsync($"/api/placements/{s.Placement}/hours/weeks/2026-09-07/approve")).ReadAsync<HoursOverview>();

        await fixture.PublishAsync(new StudentErased(s.Student));

        await Eventually.WaitUntilAsync(
            () => fixture.InDatabaseAsync(async db => (await db.Students.AsNoTracking().SingleAsync(x => x.Id == s.Student)).Erased), "the erasure");
        var copy = await fixture.InDatabaseAsync(db => db.Students.AsNoTracking().SingleAsync(x => x.Id == s.Student));
        Assert.Equal("", copy.LastName);
        Assert.Equal(1, await fixture.InDatabaseAsync(db => db.Assignments.CountAsync(a => a.StudentId == s.Student && a.Status == AssignmentStatus.SignedOff)));
    }
}
