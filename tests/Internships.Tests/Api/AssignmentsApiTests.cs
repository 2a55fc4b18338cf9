using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Features.Assignments;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

public sealed class AssignmentsApiTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private sealed record Setup(Guid Placement, Guid Student, Guid Company, Guid OtherCompany, HttpClient Teacher, HttpClient Trainer, HttpClient StudentClient, HttpClient TrainerOfB);

    private async Task<Setup> ActivePlacementAsync()
    {
        var teacher = Guid.NewGuid();
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var other = await _world.CompanyAsync();
        var placement = await _world.SignedPlacementAsync(student, company, teacher, start: true);
        return new Setup(placement, student, company, other,
            fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher)),
            fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company)),
            fixture.CreateClient(TestTokens.Student(fixture.Audience, student)),
            fixture.CreateClient(TestTokens.Trainer(fixture.Audience, other)));
    }

    private static object Draft(string title = "Shelf plan") =>
        new { title, description = "Plan one aisle's shelves with the team.", criterionKeys = new[] { "collaboration" }, workProcesses = new[] { "B1-K1-W2" }, dueDate = "2026-10-01" };

    [Fact]
    public async Task Every_transition_from_draft_to_review_is_recorded_and_publishes_its_events()
    {
        var s = await ActivePlacementAsync();
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AssignmentAgreed>().Collect<AssignmentSubmitted>().Collect<AssignmentSignedOff>());

        var draft = await (await s.Teacher.PostJsonAsync($"/api/placements/{s.Placement}/assignments", Draft())).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var url = $"/api/assignments/{draft.Id}";
        var changeAsked = await (await s.Trainer.PostJsonAsync($"{url}/request-change", new { comment = "Half an aisle is enough" })).ReadAsync<AssignmentResponse>();
        Assert.Equal(AssignmentStatus.ChangeRequested, changeAsked.Status);
        var revised = await (await s.Teacher.PutJsonAsync(url, Draft("Half-aisle shelf plan"))).ReadAsync<AssignmentResponse>();
        Assert.Equal(AssignmentStatus.Draft, revised.Status);
        await (await s.Trainer.PostJsonAsync($"{url}/confirm")).ReadAsync<AssignmentResponse>();
        await (await s.StudentClient.PostJsonAsync($"{url}/start")).ReadAsync<AssignmentResponse>();
        await (await s.StudentClient.PostJsonAsync($"{url}/submit", new { evidence = "photos", reflection = "learned to plan" })).ReadAsync<AssignmentResponse>();
        await (await s.Trainer.PostJsonAsync($"{url}/return", new { feedback = "add price labels" })).ReadAsync<AssignmentResponse>();
        await (await s.StudentClient.PostJsonAsync($"{url}/submit", new { evidence = "photos with labels", reflection = "better" })).ReadAsync<AssignmentResponse>();
        await (await s.Trainer.PostJsonAsync($"{url}/sign-off", new { feedback = "well done" })).ReadAsync<AssignmentResponse>();
        var reviewed = await (await s.Teacher.PostJsonAsync($"{url}/review", new { note = "discussed in class" })).ReadAsync<AssignmentResponse>();

        Assert.Equal(AssignmentStatus.Reviewed, reviewed.Status);
        Assert.Equal(["draft", "request-change", "revise", "confirm", "start", "submit", "return", "submit", "sign-off", "review"], reviewed.Steps.Select(x => x.Action));
        Assert.All(reviewed.Steps, step => Assert.NotNull(step.By));
        Assert.Equal("Half-aisle shelf plan", (await events.WaitForAsync<AssignmentAgreed>(e => e.Assignment.AssignmentId == draft.Id)).Assignment.Title);
        await events.WaitForAsync<AssignmentSubmitted>(e => e.Assignment.AssignmentId == draft.Id);
        var signedOff = await events.WaitForAsync<AssignmentSignedOff>(e => e.Assignment.AssignmentId == draft.Id);
        Assert.Equal("well done", signedOff.Feedback);
        Assert.Equal(AssignmentStatus.SignedOff, signedOff.Assignment.Status);
    }

    [Fact]
    public async Task Transitions_out_of_turn_answer_409_and_a_signed_off_assignment_is_immutable()
    {
        var s = await ActivePlacementAsync();
        var draft = await (await s.Teacher.PostJsonAsync($"/api/placements/{s.Placement}/assignments", Draft())).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var url = $"/api/assignments/{draft.Id}";

        await (await s.StudentClient.PostJsonAsync($"{url}/submit", new { evidence = "e", reflection = "r" })).AssertConflictAsync("draft", "confirm", "request-change", "revise");
        await (await s.Trainer.PostJsonAsync($"{url}/sign-off")).AssertConflictAsync("draft", "confirm", "request-change", "revise");
        await (await s.Teacher.PostJsonAsync($"{url}/review")).AssertConflictAsync("draft", "confirm", "request-change", "revise");
        await (await s.StudentClient.PostJsonAsync($"{url}/start")).AssertConflictAsync("draft", "confirm", "request-change", "revise");
        await (await s.Trainer.PostJsonAsync($"{url}/return", new { feedback = "x" })).AssertConflictAsync("draft", "confirm", "request-change", "revise");

        await (await s.Trainer.PostJsonAsync($"{url}/confirm")).ReadAsync<AssignmentResponse>();
        await (await s.Trainer.PostJsonAsync($"{url}/confirm")).AssertConflictAsync("agreed", "start");
        await (await s.Teacher.PutJsonAsync(url, Draft())).AssertConflictAsync("agreed", "start");
        await (await s.Trainer.PostJsonAsync($"{url}/request-change", new { comment = "x" })).AssertConflictAsync("agreed", "start");
        await (await s.StudentClient.PostJsonAsync($"{url}/start")).ReadAsync<AssignmentResponse>();
        await (await s.StudentClient.PostJsonAsync($"{url}/submit", new { evidence = "e" })).AssertFieldErrorAsync("reflection");
        await (await s.StudentClient.PostJsonAsync($"{url}/submit", new { evidence = "e", reflection = "r" })).ReadAsync<AssignmentResponse>();
        await (await s.Trainer.PostJsonAsync($"{url}/return", new { })).AssertFieldErrorAsync("feedback");
        await (await s.Trainer.PostJsonAsync($"{url}/sign-off")).ReadAsync<AssignmentResponse>();

        await (await s.Teacher.PutJsonAsync(url, Draft("changed"))).AssertConflictAsync("signedOff", "review");
        await (await s.StudentClient.PostJsonAsync($"{url}/submit", new { evidence = "e", reflection = "r" })).AssertConflictAsync("signedOff", "review");
        await (await s.Trainer.PostJsonAsync($"{url}/return", new { feedback = "x" })).AssertConflictAsync("signedOff", "review");
        await (await s.Teacher.PostJsonAsync($"{url}/review")).ReadAsync<AssignmentResponse>();
        await (await s.Teacher.PostJsonAsync($"{url}/review")).AssertConflictAsync("reviewed");
    }

    [Fact]
    public async Task Each_party_is_refused_the_others_steps_and_a_trainer_of_company_B_everything()
    {
        var s = await ActivePlacementAsync();
        var otherTeacher = fixture.CreateClient(TestTokens.Teacher(fixture.Audience, Guid.NewGuid()));
        var mentor = fixture.CreateClient(TestTokens.Mentor(fixture.Audience, Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherTeacher.PostJsonAsync($"/api/placements/{s.Placement}/assignments", Draft())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Trainer.PostJsonAsync($"/api/placements/{s.Placement}/assignments", Draft())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.StudentClient.PostJsonAsync($"/api/placements/{s.Placement}/assignments", Draft())).StatusCode);

        var draft = await (await s.Teacher.PostJsonAsync($"/api/placements/{s.Placement}/assignments", Draft())).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var url = $"/api/assignments/{draft.Id}";
        Assert.Equal(HttpStatusCode.Forbidden, (await s.TrainerOfB.PostJsonAsync($"{url}/confirm")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.TrainerOfB.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.TrainerOfB.GetAsync($"/api/placements/{s.Placement}/assignments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.StudentClient.PostJsonAsync($"{url}/confirm")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Teacher.PostJsonAsync($"{url}/confirm")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PostJsonAsync($"{url}/confirm")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherTeacher.PutJsonAsync(url, Draft())).StatusCode);

        await (await s.Trainer.PostJsonAsync($"{url}/confirm")).ReadAsync<AssignmentResponse>();
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Trainer.PostJsonAsync($"{url}/start")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Student(fixture.Audience, Guid.NewGuid())).PostJsonAsync($"{url}/start")).StatusCode);
        await (await s.StudentClient.PostJsonAsync($"{url}/start")).ReadAsync<AssignmentResponse>();
        await (await s.StudentClient.PostJsonAsync($"{url}/submit", new { evidence = "e", reflection = "r" })).ReadAsync<AssignmentResponse>();
        Assert.Equal(HttpStatusCode.Forbidden, (await s.TrainerOfB.PostJsonAsync($"{url}/sign-off")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.TrainerOfB.PostJsonAsync($"{url}/return", new { feedback = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.StudentClient.PostJsonAsync($"{url}/sign-off")).StatusCode);
        await (await s.Trainer.PostJsonAsync($"{url}/sign-off")).ReadAsync<AssignmentResponse>();
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Trainer.PostJsonAsync($"{url}/review")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherTeacher.PostJsonAsync($"{url}/review")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Teacher.PostJsonAsync($"/api/assignments/{Guid.NewGuid()}/review")).StatusCode);
    }

    [Fact]
    public async Task Assignments_are_drafted_only_on_signed_or_active_placements_with_valid_content()
    {
        var teacher = Guid.NewGuid();
        var proposed = await _world.PlacementAsync(teacher: teacher);
        var client = fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher));

        await (await client.PostJsonAsync($"/api/placements/{proposed}/assignments", Draft())).AssertConflictAsync("proposed", "sign", "end-early");
        var s = await ActivePlacementAsync();
        await (await s.Teacher.PostJsonAsync($"/api/placements/{s.Placement}/assignments", new { description = "x" })).AssertFieldErrorAsync("title");
    }
}
