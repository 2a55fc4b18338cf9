using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Features.Intakes;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

public sealed class IntakeApiTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    [Fact]
    public async Task The_own_mentor_completes_an_intake_and_IntakeCompleted_carries_levels_and_preferences_only()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<IntakeCompleted>());
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));

        var saved = await (await fixture.Mentor(mentor).PutJsonAsync($"/api/students/{student.Id}/intake", TestStudents.Intake()))
            .ReadAsync<IntakeResponse>();

        Assert.Equal("complete", saved.Status);
        Assert.Equal("Dyslexia: spoken instructions.", saved.Needs.Didactic?.Note);
        var published = await events.WaitForAsync<IntakeCompleted>(e => e.StudentId == student.Id);
        Assert.Equal(new NeedsSummary(NeedLevel.Some, NeedLevel.Much, NeedLevel.None, NeedLevel.Some, NeedLevel.Much), published.Needs);
        Assert.Equal(ProgressionWish.Level3, published.ProgressionWish);
        Assert.Equal(15, published.Preferences.MaxTravelKm);
        Assert.Equal("Super Uncle BV", Assert.Single(published.Preferences.AvoidCompanies).CompanyName);
        Assert.Equal(2, published.Version);
    }

    [Fact]
    public async Task An_intake_cannot_be_completed_without_a_progression_wish()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));

        var response = await fixture.Mentor(mentor).PutJsonAsync($"/api/students/{student.Id}/intake", TestStudents.Intake(wish: null));

        await response.AssertFieldErrorAsync("progressionWish");
        var stored = await (await fixture.Mentor(mentor).GetAsync($"/api/students/{student.Id}/intake")).ReadAsync<IntakeResponse>();
        Assert.Equal("notStarted", stored.Status);
    }

    [Fact]
    public async Task A_draft_is_saved_without_a_progression_wish_and_publishes_nothing()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));

        var draft = await (await fixture.Mentor(mentor).PutJsonAsync($"/api/students/{student.Id}/intake", TestStudents.Intake(wish: null, complete: false)))
            .ReadAsync<IntakeResponse>();

        Assert.Equal("draft", draft.Status);
        var reread = await (await fixture.Coordinator().GetAsync($"/api/students/{student.Id}")).ReadAsync<StudentResponse>();
        Assert.False(reread.IntakeComplete);
        Assert.Equal(1, reread.Version);
    }

    [Fact]
    public async Task Saving_the_same_completed_intake_again_changes_nothing_and_it_cannot_become_a_draft()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}/intake";
        await fixture.Mentor(mentor).PutJsonAsync(url, TestStudents.Intake());

        await (await fixture.Mentor(mentor).PutJsonAsync(url, TestStudents.Intake())).ReadAsync<IntakeResponse>();
        var reread = await (await fixture.Coordinator().GetAsync($"/api/students/{student.Id}")).ReadAsync<StudentResponse>();
        Assert.Equal(2, reread.Version);

        await (await fixture.Mentor(mentor).PutJsonAsync(url, TestStudents.Intake(complete: false))).AssertConflictAsync("intake-already-complete");
    }

    [Fact]
    public async Task Bad_intake_values_are_refused_naming_the_field()
    {
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create());
        var url = $"/api/students/{student.Id}/intake";
        var badScore = TestStudents.Intake() with { TalentScan = new TalentScanEntry([new TalentEntry("punctual", 7)], []) };

        await (await fixture.Coordinator().PutJsonAsync(url, badScore)).AssertFieldErrorAsync("talentScan.strengths[0].score");
        await (await fixture.Coordinator().PutJsonAsync(url, TestStudents.Intake() with { Participants = [IntakeParticipant.Student] }))
            .AssertFieldErrorAsync("participants");
        var nullEntry = new StringContent("""{"talentScan":{"strengths":[null]},"preferences":{"avoidCompanies":[null]},"complete":false}""", System.Text.Encoding.UTF8, "application/json");
        var nullEntryResponse = await fixture.Coordinator().PutAsync(url, nullEntry);
        // A null item is named itself (ServiceDefaults' input bounds), not its first field.
        await nullEntryResponse.AssertFieldErrorAsync("talentScan.strengths[0]");
        var unknownLevel = new StringContent("""{"needs":{"pedagogical":{"level":"enormous"}},"complete":false}""", System.Text.Encoding.UTF8, "application/json");
        await (await fixture.Coordinator().PutAsync(url, unknownLevel)).AssertFieldErrorAsync("needs.pedagogical.level");
        await (await fixture.Coordinator().PutJsonAsync(url, TestStudents.Intake() with { Revision = -1 })).AssertFieldErrorAsync("revision");
        var textRevision = new StringContent("""{"complete":false,"revision":"latest"}""", System.Text.Encoding.UTF8, "application/json");
        await (await fixture.Coordinator().PutAsync(url, textRevision)).AssertFieldErrorAsync("revision");
    }

    [Fact]
    public async Task The_student_reads_their_intake_without_staff_notes()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        await fixture.Mentor(mentor).PutJsonAsync($"/api/students/{student.Id}/intake", TestStudents.Intake());

        var own = await (await fixture.Student(student.Id).GetAsync($"/api/students/{student.Id}/intake")).ReadAsync<IntakeResponse>();

        Assert.Equal(NeedLevel.Much, own.Needs.Didactic?.Level);
        Assert.Null(own.Needs.Didactic?.Note);
        Assert.Null(Assert.Single(own.Preferences.AvoidCompanies!).Reason);
        Assert.Equal(ProgressionWish.Level3, own.ProgressionWish);
    }

    [Fact]
    public async Task Other_mentors_students_and_trainers_neither_read_nor_edit_the_intake()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}/intake";

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(Guid.NewGuid()).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(Guid.NewGuid()).PutJsonAsync(url, TestStudents.Intake())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Student(Guid.NewGuid()).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Student(student.Id).PutJsonAsync(url, TestStudents.Intake())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Teacher().PutJsonAsync(url, TestStudents.Intake())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Teacher().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Coordinator().GetAsync($"/api/students/{Guid.NewGuid()}/intake")).StatusCode);
    }

    [Fact]
    public async Task A_save_on_top_of_someone_elses_gets_intake_changed_and_keeps_their_intake()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}/intake";
        var opened = await (await fixture.Mentor(mentor).GetAsync(url)).ReadAsync<IntakeResponse>();
        Assert.Equal(0, opened.Revision);

        // The coordinator saves a draft first, from the same revision the mentor opened.
        var coordinators = TestStudents.Intake(wish: null, complete: false) with { Revision = opened.Revision };
        var first = await (await fixture.Coordinator().PutJsonAsync(url, coordinators)).ReadAsync<IntakeResponse>();
        Assert.Equal(1, first.Revision);

        var mentors = TestStudents.Intake() with { Revision = opened.Revision, ExtendedIntake = true };
        await (await fixture.Mentor(mentor).PutJsonAsync(url, mentors)).AssertConflictAsync("intake-changed");
        var kept = await (await fixture.Mentor(mentor).GetAsync(url)).ReadAsync<IntakeResponse>();
        Assert.Equal("draft", kept.Status);
        Assert.Equal(1, kept.Revision);

        // Reloaded, the mentor's save goes through and raises the revision again.
        var saved = await (await fixture.Mentor(mentor).PutJsonAsync(url, mentors with { Revision = kept.Revision })).ReadAsync<IntakeResponse>();
        Assert.Equal("complete", saved.Status);
        Assert.Equal(2, saved.Revision);
    }

    [Fact]
    public async Task Two_saves_of_the_same_revision_at_once_keep_one_and_refuse_the_other()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}/intake";

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => fixture.Mentor(mentor).PutJsonAsync(
            url, TestStudents.Intake(wish: null, complete: false) with { Revision = 0, ExtendedIntake = i % 2 == 0 })));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Single(statuses, HttpStatusCode.OK);
        Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
        var stored = await (await fixture.Mentor(mentor).GetAsync(url)).ReadAsync<IntakeResponse>();
        Assert.Equal(1, stored.Revision);
    }
}
