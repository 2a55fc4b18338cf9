using System.Net;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

public sealed class AssessmentsApiTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private readonly Guid _mentor = Guid.NewGuid();
    private readonly Guid _company = Guid.NewGuid();

    private async Task<(StudentCopy Student, PlacementCopy Placement)> ArrangeAsync()
    {
        var student = TestData.Student(_mentor);
        var placement = TestData.Placement(student.Id, _company);
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            db.Placements.Add(placement);
            return db.SaveChangesAsync();
        });
        return (student, placement);
    }

    [Fact]
    public async Task A_draft_can_be_edited_and_a_submitted_assessment_cannot()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var draft = await mentor.StartAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: []));
        Assert.Equal(AssessmentStatus.Draft, draft.Status);

        var edited = await (await mentor.PutJsonAsync($"/api/assessments/{draft.AssessmentId}", new EditAssessmentRequest(TestData.Ratings(AttitudeLevel.Strong), "Top", [])))
            .ReadAsync<AssessmentResponse>();
        Assert.All(edited.Ratings, r => Assert.Equal(AttitudeLevel.Strong, r.Level));

        var submitted = await mentor.SubmitAsync(draft.AssessmentId);
        Assert.Equal(AssessmentStatus.Submitted, submitted.Status);
        await (await mentor.PutJsonAsync($"/api/assessments/{draft.AssessmentId}", new EditAssessmentRequest(TestData.Ratings(AttitudeLevel.Developing), null, []))).AssertConflictAsync("assessment-submitted");
        await (await mentor.PostAsync($"/api/assessments/{draft.AssessmentId}/submit", null)).AssertConflictAsync("assessment-submitted");
    }

    [Fact]
    public async Task A_correction_supersedes_the_original_and_both_are_kept()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var original = await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));

        var correction = await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: TestData.Ratings(AttitudeLevel.Developing), supersedes: original.AssessmentId));

        var all = await (await mentor.GetAsync($"/api/students/{student.Id}/assessments")).ReadAsync<List<AssessmentResponse>>();
        Assert.Equal(2, all.Count);
        Assert.Equal(correction.AssessmentId, all.Single(a => a.AssessmentId == original.AssessmentId).SupersededById);
        Assert.Equal(AttitudeLevel.Competent, all.Single(a => a.AssessmentId == original.AssessmentId).Ratings[0].Level);

        // One correction per assessment; corrections are by the same assessor.
        await (await mentor.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Mentor, supersedes: original.AssessmentId))).AssertConflictAsync("already-superseded");
        await (await fixture.Teacher(Guid.NewGuid()).PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Teacher, supersedes: correction.AssessmentId))).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Needs_attention_requires_an_observation_and_not_observed_is_an_answer()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var ratings = TestData.Ratings(AttitudeLevel.NotObserved);
        ratings[2] = new CriterionRating("cooperation", AttitudeLevel.NeedsAttention, null);
        var draft = await mentor.StartAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: ratings));
        await (await mentor.PostAsync($"/api/assessments/{draft.AssessmentId}/submit", null)).AssertFieldErrorAsync("ratings[2].observation");

        ratings[2] = ratings[2] with { Observation = "Werkt alleen, negeert collega's" };
        await (await mentor.PutJsonAsync($"/api/assessments/{draft.AssessmentId}", new EditAssessmentRequest(ratings, null, []))).AssertStatusAsync(HttpStatusCode.OK);
        var submitted = await mentor.SubmitAsync(draft.AssessmentId);
        Assert.Equal(7, submitted.Ratings.Count(r => r.Level == AttitudeLevel.NotObserved));
    }

    [Fact]
    public async Task Submitting_needs_every_criterion_and_levels_must_belong_to_the_framework()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var partial = await mentor.StartAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: [new CriterionRating("initiative", AttitudeLevel.Strong, null)]));
        await (await mentor.PostAsync($"/api/assessments/{partial.AssessmentId}/submit", null)).AssertFieldErrorAsync("ratings");

        await (await mentor.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Mentor, ratings: [new CriterionRating("juggling", AttitudeLevel.Strong, null)])))
            .AssertFieldErrorAsync("ratings[0].criterionKey");
        var badLevel = new StringContent("""{"role":"mentor","kind":"formative","ratings":[{"criterionKey":"initiative","level":"excellent"}]}""", System.Text.Encoding.UTF8, "application/json");
        await (await mentor.PostAsync($"/api/students/{student.Id}/assessments", badLevel)).AssertStatusAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_trainer_assesses_only_students_placed_at_their_company_in_that_placement()
    {
        var (student, placement) = await ArrangeAsync();
        var trainer = fixture.Trainer(_company);
        var assessment = await trainer.AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id));
        Assert.Equal("placement", assessment.Context);

        await (await fixture.Trainer(Guid.NewGuid()).PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Trainer, placement.Id))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await trainer.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Trainer))).AssertFieldErrorAsync("placementId");
        await (await trainer.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Mentor))).AssertStatusAsync(HttpStatusCode.Forbidden);

        var other = TestData.Student(_mentor);
        await fixture.RunAsync(db => { db.Students.Add(other); return db.SaveChangesAsync(); });
        await (await trainer.PostJsonAsync($"/api/students/{other.Id}/assessments", TestData.Start(AssessorRole.Trainer, placement.Id))).AssertFieldErrorAsync("placementId");
    }

    [Fact]
    public async Task Trainers_read_workplace_assessments_of_their_students_but_not_school_ones()
    {
        var (student, placement) = await ArrangeAsync();
        var workplace = await fixture.Trainer(_company).AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id));
        var teacherId = Guid.NewGuid();
        await fixture.LinkTeacherAsync(student.Id, teacherId);
        var school = await fixture.Teacher(teacherId).AssessAsync(student.Id, TestData.Start(AssessorRole.Teacher));

        var colleague = fixture.Trainer(_company);
        var seen = await (await colleague.GetAsync($"/api/students/{student.Id}/assessments")).ReadAsync<List<AssessmentResponse>>();
        Assert.Equal([workplace.AssessmentId], seen.Select(a => a.AssessmentId));
        await (await colleague.GetAsync($"/api/assessments/{school.AssessmentId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(Guid.NewGuid()).GetAsync($"/api/assessments/{workplace.AssessmentId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Students_write_self_assessments_co_write_feed_forward_and_read_only_their_own()
    {
        var (student, _) = await ArrangeAsync();
        var self = fixture.Student(student.Id);
        var draft = await self.StartAsync(student.Id, TestData.Start(AssessorRole.Self));
        await (await self.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Teacher))).AssertStatusAsync(HttpStatusCode.Forbidden);

        // The mentor's draft about the student: the student adds a next step of their own.
        var mentorDraft = await fixture.Mentor(_mentor).StartAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        var coWritten = await (await self.PostJsonAsync($"/api/assessments/{mentorDraft.AssessmentId}/feed-forward", new StudentStepRequest("Ik ga een planning maken")))
            .ReadAsync<AssessmentResponse>();
        Assert.Contains(coWritten.FeedForward, s => s.ByStudent && s.Text == "Ik ga een planning maken");
        await self.SubmitAsync(draft.AssessmentId);

        var stranger = fixture.Student(Guid.NewGuid());
        await (await stranger.GetAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await stranger.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Self))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await stranger.PostJsonAsync($"/api/assessments/{mentorDraft.AssessmentId}/feed-forward", new StudentStepRequest("x"))).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_peer_is_a_student_of_the_same_cohort()
    {
        var (student, _) = await ArrangeAsync();
        var classmate = TestData.Student(_mentor, cohort: student.Cohort!);
        var outsider = TestData.Student(_mentor, cohort: "2024-TI2");
        await fixture.RunAsync(db => { db.Students.AddRange(classmate, outsider); return db.SaveChangesAsync(); });

        await fixture.Student(classmate.Id).AssessAsync(student.Id, TestData.Start(AssessorRole.Peer));
        await (await fixture.Student(outsider.Id).PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Peer))).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Coordinators_read_but_do_not_assess_and_drafts_stay_private()
    {
        var (student, _) = await ArrangeAsync();
        await (await fixture.Coordinator().PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Teacher))).AssertStatusAsync(HttpStatusCode.Forbidden);
        var teacher = Guid.NewGuid();
        await fixture.LinkTeacherAsync(student.Id, teacher);
        var draft = await fixture.Teacher(teacher).StartAsync(student.Id, TestData.Start(AssessorRole.Teacher));
        await (await fixture.Coordinator().GetAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await fixture.Teacher(teacher).SubmitAsync(draft.AssessmentId);
        await (await fixture.Coordinator().GetAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Teacher(Guid.NewGuid()).GetAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(Guid.NewGuid()).PostAsync($"/api/assessments/{draft.AssessmentId}/submit", null)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Coordinator().GetAsync($"/api/assessments/{Guid.NewGuid()}")).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await fixture.Coordinator().GetAsync($"/api/students/{Guid.NewGuid()}/assessments")).AssertStatusAsync(HttpStatusCode.NotFound);
    }
}
