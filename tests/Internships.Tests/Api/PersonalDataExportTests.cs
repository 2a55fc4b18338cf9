using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Assignments;
using PartnershipHub.Internships.Features.Contacts;
using PartnershipHub.Internships.Features.Hours;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Features.PersonalData;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

public sealed class PersonalDataExportTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private sealed record Arranged(Guid Student, Guid Mentor, Guid Teacher, Guid Company, Guid Placement);

    /// <summary>A started placement with approved and corrected hours, a signed-off and redone assignment, a contact and a proposal.</summary>
    private async Task<Arranged> StudentWithEverythingAsync(Guid company, Guid runId)
    {
        var mentor = Guid.NewGuid();
        var teacher = Guid.NewGuid();
        var student = await _world.StudentAsync(mentor: mentor);
        var placement = await _world.SignedPlacementAsync(student, company, teacher, start: true);
        var asStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));
        var asTrainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company));
        var asTeacher = fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher));

        var hours = $"/api/placements/{placement}/hours";
        await (await asStudent.PutJsonAsync($"{hours}/2026-09-07", new { hours = 8, description = "shelves" })).ReadAsync<HoursOverview>();
        await (await asTrainer.PostJsonAsync($"{hours}/weeks/2026-09-07/approve")).ReadAsync<HoursOverview>();
        await (await asStudent.PostJsonAsync($"{hours}/2026-09-07/corrections", new { hours = 4, description = "left at noon" })).ReadAsync<HoursOverview>();

        var draft = new { title = "Shelf plan", description = "Plan one aisle.", criterionKeys = new[] { "punctuality" }, workProcesses = new[] { "B1-K1-W2" }, dueDate = "2026-10-01" };
        var assignment = await (await asTeacher.PostJsonAsync($"/api/placements/{placement}/assignments", draft)).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var url = $"/api/assignments/{assignment.Id}";
        await (await asTrainer.PostJsonAsync($"{url}/confirm")).ReadAsync<AssignmentResponse>();
        await (await asStudent.PostJsonAsync($"{url}/start")).ReadAsync<AssignmentResponse>();
        await (await asStudent.PostJsonAsync($"{url}/submit", new { evidence = "photos", reflection = "learned to plan" })).ReadAsync<AssignmentResponse>();
        await (await asTrainer.PostJsonAsync($"{url}/sign-off", new { feedback = "well done" })).ReadAsync<AssignmentResponse>();
        await (await asTeacher.PostJsonAsync($"/api/placements/{placement}/assignments", new { draft.title, draft.description, draft.criterionKeys, draft.workProcesses, draft.dueDate, correctsId = assignment.Id }))
            .ReadAsync<AssignmentResponse>(HttpStatusCode.Created);

        await (await asTeacher.PostJsonAsync($"/api/placements/{placement}/contacts", new { kind = "Visit", contactedAt = DateTimeOffset.UtcNow.AddDays(-1), summary = "Visited", joint = true }))
            .ReadAsync<ContactResponse>(HttpStatusCode.Created);

        await fixture.InDatabaseAsync(db =>
        {
            db.Proposals.Add(new MatchingProposal
            {
                RunId = runId, StudentId = student, StudentName = "Test", CompanyId = company, CompanyName = "Company", Cost = 42, Status = ProposalStatus.Accepted,
                Explanation = ExplanationCodec.Encode(new ProposalExplanation([new CostTerm("distance", 42)], [new Alternative(Guid.NewGuid(), "Elsewhere", 12, 80)], [], null)),
                PlacementId = placement,
            });
            return db.SaveChangesAsync();
        });
        return new Arranged(student, mentor, teacher, company, placement);
    }

    private async Task<Guid> RunAsync()
    {
        var id = Guid.NewGuid();
        await fixture.InDatabaseAsync(db =>
        {
            db.MatchingRuns.Add(new MatchingRun { Id = id, PeriodId = _world.PeriodId, PeriodName = "Test period", Status = MatchingRunStatus.Published, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "test" });
            return db.SaveChangesAsync();
        });
        return id;
    }

    private static string Url(Guid student) => $"/api/students/{student}/export";

    [Fact]
    public async Task The_export_holds_the_students_placements_with_agreement_hours_assignments_contacts_and_proposals_and_nothing_of_another_student()
    {
        var company = await _world.CompanyAsync(places: 4);
        var run = await RunAsync();
        var a = await StudentWithEverythingAsync(company, run);
        var b = await StudentWithEverythingAsync(company, run);

        var response = await fixture.CreateClient(TestTokens.Student(fixture.Audience, a.Student)).GetAsync(Url(a.Student));
        var body = await response.Content.ReadAsStringAsync();
        var export = await response.ReadAsync<InternshipsExport>();

        Assert.Equal("internships", export.Service);
        Assert.Equal(a.Student, export.Student!.Id);
        Assert.Equal(a.Mentor, export.Student.MentorStaffId);
        var placement = Assert.Single(export.Placements);
        Assert.Equal(a.Placement, placement.Id);
        Assert.Equal(a.Teacher, placement.TeacherStaffId);
        Assert.Equal(PlacementStatus.Active, placement.Status);
        Assert.Equal(3, placement.Agreement.Signatures.Count);
        Assert.Empty(placement.Agreement.Missing);

        Assert.Equal(2, placement.Hours.Count);
        var approved = placement.Hours[0];
        Assert.Equal((8m, HoursStatus.Approved, (Guid?)null), (approved.Hours, approved.Status, approved.CorrectsId));
        Assert.Equal((4m, HoursStatus.Open, (Guid?)approved.Id, "left at noon"), (placement.Hours[1].Hours, placement.Hours[1].Status, placement.Hours[1].CorrectsId, placement.Hours[1].Description));

        Assert.Equal(2, placement.Assignments.Count);
        var original = placement.Assignments[0];
        var redo = placement.Assignments[1];
        Assert.Equal(AssignmentStatus.SignedOff, original.Status);
        Assert.Equal("well done", original.Feedback);
        Assert.Equal(("photos", "learned to plan"), (original.Evidence, original.Reflection));
        Assert.Equal(["draft", "confirm", "start", "submit", "sign-off"], original.Steps.Select(s => s.Action));
        Assert.Equal(redo.Id, original.CorrectedById);
        Assert.Equal(original.Id, redo.CorrectsId);

        Assert.Equal("Visited", Assert.Single(placement.Contacts).Summary);

        var proposal = Assert.Single(export.MatchingProposals);
        Assert.Equal((run, (Guid?)a.Placement, MatchingRunStatus.Published), (proposal.RunId, proposal.PlacementId, proposal.RunStatus));
        Assert.Equal("distance", Assert.Single(proposal.Terms).Term);
        Assert.Equal("Elsewhere", Assert.Single(proposal.Alternatives).CompanyName);

        Assert.DoesNotContain(b.Student.ToString(), body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(b.Placement.ToString(), body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(b.Mentor.ToString(), body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_student_their_own_mentor_care_staff_and_a_coordinator_may_export()
    {
        var a = await StudentWithEverythingAsync(await _world.CompanyAsync(), await RunAsync());

        Assert.Equal(HttpStatusCode.OK, (await fixture.CreateClient(TestTokens.Student(fixture.Audience, a.Student)).GetAsync(Url(a.Student))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.CreateClient(TestTokens.Mentor(fixture.Audience, a.Mentor)).GetAsync(Url(a.Student))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.CreateClient(TestTokens.Care(fixture.Audience, Guid.NewGuid())).GetAsync(Url(a.Student))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.CreateClient(TestTokens.Coordinator(fixture.Audience)).GetAsync(Url(a.Student))).StatusCode);
    }

    [Fact]
    public async Task Another_student_another_mentor_the_teacher_the_trainer_and_an_operator_are_refused()
    {
        var a = await StudentWithEverythingAsync(await _world.CompanyAsync(), await RunAsync());
        var other = await _world.StudentAsync(mentor: Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Student(fixture.Audience, other)).GetAsync(Url(a.Student))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Mentor(fixture.Audience, Guid.NewGuid())).GetAsync(Url(a.Student))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Teacher(fixture.Audience, a.Teacher)).GetAsync(Url(a.Student))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, a.Company)).GetAsync(Url(a.Student))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Operator(fixture.Audience)).GetAsync(Url(a.Student))).StatusCode);
    }

    [Fact]
    public async Task A_student_Internships_knows_nothing_about_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.CreateClient(TestTokens.Coordinator(fixture.Audience)).GetAsync(Url(Guid.NewGuid()))).StatusCode);
    }
}
