using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

public sealed class PlacementLifecycleTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private HttpClient Coordinator => fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    private static object Sign(string party, string method = "Portal") => new { party, method, signerName = "Someone" };

    [Fact]
    public async Task Three_signatures_sign_the_agreement_and_publish_PlacementAgreementSigned()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.PlacementAsync(student, company);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementAgreementSigned>());

        var asStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));
        var asTrainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company));
        var afterStudent = await (await asStudent.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("Student"))).ReadAsync<AgreementResponse>();
        Assert.Equal([AgreementParty.School, AgreementParty.Company], afterStudent.Missing);
        await (await asTrainer.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("Company"))).ReadAsync<AgreementResponse>();
        var signed = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("School"))).ReadAsync<AgreementResponse>();

        Assert.Equal(PlacementStatus.AgreementSigned, signed.Status);
        Assert.Equal(AgreementStatus.Signed, signed.AgreementStatus);
        Assert.Empty(signed.Missing);
        Assert.Equal(SignatureMethod.Portal, signed.Signatures.Single(s => s.Party == AgreementParty.School).Method);
        var e = await events.WaitForAsync<PlacementAgreementSigned>(e => e.Placement.PlacementId == id);
        Assert.Equal(PlacementStatus.AgreementSigned, e.Placement.Status);
        Assert.Equal(4, e.Version);
    }

    [Fact]
    public async Task Signing_is_refused_to_the_wrong_party()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var otherCompany = await _world.CompanyAsync();
        var id = await _world.PlacementAsync(student, company);

        var trainerOfB = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, otherCompany));
        var otherStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, Guid.NewGuid()));
        var ownStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));
        var mentor = fixture.CreateClient(TestTokens.Mentor(fixture.Audience, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Forbidden, (await trainerOfB.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("Company"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherStudent.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("Student"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ownStudent.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("School"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ownStudent.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("Company"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("School"))).StatusCode);
    }

    [Fact]
    public async Task Signing_twice_is_a_conflict_and_bad_signatures_name_the_field()
    {
        var id = await _world.PlacementAsync();
        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("School"))).ReadAsync<AgreementResponse>();

        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("School"))).ProblemAsync(HttpStatusCode.Conflict);
        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("Company", method: "Paper"))).AssertFieldErrorAsync("method");
        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/agreement/signatures", new { method = "Portal", signerName = "x" })).AssertFieldErrorAsync("party");
    }

    [Fact]
    public async Task A_minor_student_signs_and_the_guardian_is_still_missing()
    {
        var student = await _world.StudentAsync(birth: World.PeriodStart.AddYears(-17));
        var id = await _world.PlacementAsync(student);
        var asStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));

        var agreement = await (await asStudent.PostJsonAsync($"/api/placements/{id}/agreement/signatures", Sign("Student"))).ReadAsync<AgreementResponse>();

        Assert.True(agreement.StudentIsMinor);
        Assert.Equal([AgreementParty.Guardian, AgreementParty.School, AgreementParty.Company], agreement.Missing);
        Assert.Equal(AgreementStatus.PartlySigned, agreement.AgreementStatus);
    }

    [Fact]
    public async Task Start_needs_all_signatures_and_answers_409_with_state_and_allowed_transitions()
    {
        var id = await _world.PlacementAsync();

        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/start")).AssertConflictAsync("proposed", "sign", "end-early");
        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/complete")).AssertConflictAsync("proposed", "sign", "end-early");
    }

    [Fact]
    public async Task Start_needs_a_current_accreditation_on_the_start_date()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync(validTo: World.PeriodStart.AddDays(-1));
        var id = await _world.SignedPlacementAsync(student, company);

        var problem = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/start")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("accreditation", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Start_then_complete_publish_PlacementStarted_and_PlacementEnded()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementStarted>().Collect<PlacementEnded>());

        var active = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/start")).ReadAsync<PlacementResponse>();
        Assert.Equal(PlacementStatus.Active, active.Status);
        Assert.Equal(["complete", "end-early"], active.AllowedTransitions);
        var completed = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/complete")).ReadAsync<PlacementResponse>();
        Assert.Equal(PlacementStatus.Completed, completed.Status);

        var started = await events.WaitForAsync<PlacementStarted>(e => e.Placement.PlacementId == id);
        var ended = await events.WaitForAsync<PlacementEnded>(e => e.Placement.PlacementId == id);
        Assert.False(ended.EndedEarly);
        Assert.True(ended.Version > started.Version);
        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/end-early", new { reason = "Other", endedByRole = "school" })).AssertConflictAsync("completed");
    }

    [Fact]
    public async Task Assigning_a_teacher_publishes_PlacementTeacherAssigned_and_later_snapshots_carry_the_teacher()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company);
        var teacher = Guid.NewGuid();
        var replacement = Guid.NewGuid();
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementTeacherAssigned>().Collect<PlacementStarted>());

        var assigned = await (await Coordinator.PutJsonAsync($"/api/placements/{id}/teacher", new { teacherStaffId = teacher })).ReadAsync<PlacementResponse>();
        var replaced = await (await Coordinator.PutJsonAsync($"/api/placements/{id}/teacher", new { teacherStaffId = replacement })).ReadAsync<PlacementResponse>();
        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/start")).ReadAsync<PlacementResponse>();

        var first = await events.WaitForAsync<PlacementTeacherAssigned>(e => e.Placement.PlacementId == id && e.Placement.TeacherStaffId == teacher);
        Assert.Equal(assigned.Version, first.Version);
        Assert.Equal(student, first.Placement.StudentId);
        var second = await events.WaitForAsync<PlacementTeacherAssigned>(e => e.Placement.PlacementId == id && e.Placement.TeacherStaffId == replacement);
        Assert.Equal(replaced.Version, second.Version);
        Assert.True(second.Version > first.Version);
        var started = await events.WaitForAsync<PlacementStarted>(e => e.Placement.PlacementId == id);
        Assert.Equal(replacement, started.Placement.TeacherStaffId);
    }

    [Fact]
    public async Task Ending_early_records_reason_and_who()
    {
        var id = await _world.PlacementAsync();
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementEnded>());

        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/end-early", new { reason = "Other" })).AssertFieldErrorAsync("endedByRole");
        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/end-early", new { endedByRole = "company" })).AssertFieldErrorAsync("reason");
        var ended = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/end-early", new { reason = "CompanyCircumstances", endedByRole = "company", note = "closing" }))
            .ReadAsync<PlacementResponse>();

        Assert.Equal(PlacementStatus.EndedEarly, ended.Status);
        var e = await events.WaitForAsync<PlacementEnded>(e => e.Placement.PlacementId == id);
        Assert.True(e.EndedEarly);
        Assert.Equal(PlacementEndReason.CompanyCircumstances, e.Reason);
        Assert.Equal("company", e.EndedByRole);
    }

    [Fact]
    public async Task Only_coordinators_move_placements_and_set_teachers()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company);
        var trainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company));
        var teacher = fixture.CreateClient(TestTokens.Teacher(fixture.Audience, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostJsonAsync($"/api/placements/{id}/start")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostJsonAsync($"/api/placements/{id}/end-early", new { reason = "Other", endedByRole = "school" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PutJsonAsync($"/api/placements/{id}/teacher", new { teacherStaffId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator.PostJsonAsync($"/api/placements/{Guid.NewGuid()}/start")).StatusCode);
    }

    [Fact]
    public async Task Reading_is_limited_to_the_people_involved()
    {
        var mentorId = Guid.NewGuid();
        var teacherId = Guid.NewGuid();
        var student = await _world.StudentAsync(mentor: mentorId);
        var company = await _world.CompanyAsync();
        var otherCompany = await _world.CompanyAsync();
        var id = await _world.PlacementAsync(student, company, teacher: teacherId);

        async Task<HttpStatusCode> Read(string token) => (await fixture.CreateClient(token).GetAsync($"/api/placements/{id}")).StatusCode;
        Assert.Equal(HttpStatusCode.OK, await Read(TestTokens.Student(fixture.Audience, student)));
        Assert.Equal(HttpStatusCode.OK, await Read(TestTokens.Mentor(fixture.Audience, mentorId)));
        Assert.Equal(HttpStatusCode.OK, await Read(TestTokens.Teacher(fixture.Audience, teacherId)));
        Assert.Equal(HttpStatusCode.OK, await Read(TestTokens.Trainer(fixture.Audience, company)));
        Assert.Equal(HttpStatusCode.Forbidden, await Read(TestTokens.Trainer(fixture.Audience, otherCompany)));
        Assert.Equal(HttpStatusCode.Forbidden, await Read(TestTokens.Mentor(fixture.Audience, Guid.NewGuid())));
        Assert.Equal(HttpStatusCode.Forbidden, await Read(TestTokens.Teacher(fixture.Audience, Guid.NewGuid())));
        Assert.Equal(HttpStatusCode.Forbidden, await Read(TestTokens.Student(fixture.Audience, Guid.NewGuid())));
        Assert.Equal(HttpStatusCode.Forbidden, await Read(TestTokens.Care(fixture.Audience, Guid.NewGuid())));

        var trainerBList = await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, otherCompany)).GetAsync("/api/placements");
        Assert.DoesNotContain((await trainerBList.ReadAsync<PageResponse<PlacementResponse>>()).Items, p => p.Id == id);
        var mentorList = await fixture.CreateClient(TestTokens.Mentor(fixture.Audience, mentorId)).GetAsync("/api/placements");
        Assert.Contains((await mentorList.ReadAsync<PageResponse<PlacementResponse>>()).Items, p => p.Id == id);
        await (await Coordinator.GetAsync("/api/placements?status=bogus")).AssertFieldErrorAsync("status");
    }
}
