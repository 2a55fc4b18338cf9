using System.Net;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>The mentor as one of the five authors of the attitude form, what the mentor reads of the others, and discarding a draft.</summary>
public sealed class MentorAssessmentAndDiscardTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
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
    public async Task The_mentor_assesses_their_own_mentee_and_nobody_elses()
    {
        var (student, _) = await ArrangeAsync();

        var submitted = await fixture.Mentor(_mentor).AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        Assert.Equal(AssessorRole.Mentor, submitted.Role);
        Assert.Equal("school", submitted.Context);

        // Another mentor: not their mentee, neither to start nor to read.
        var otherMentor = fixture.Mentor(Guid.NewGuid());
        await (await otherMentor.PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Mentor))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await otherMentor.GetAsync($"/api/students/{student.Id}/assessments")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await otherMentor.GetAsync($"/api/assessments/{submitted.AssessmentId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        // A coordinator or a teacher cannot write as the mentor; an unknown student is a 404.
        await (await fixture.Coordinator().PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Mentor))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Teacher(Guid.NewGuid()).PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Mentor))).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/students/{Guid.NewGuid()}/assessments", TestData.Start(AssessorRole.Mentor))).AssertStatusAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_mentor_reads_the_trainers_observations_and_another_mentor_does_not()
    {
        var (student, placement) = await ArrangeAsync();
        var ratings = TestData.Ratings(AttitudeLevel.Competent, ("punctuality", AttitudeLevel.NeedsAttention));
        ratings[0] = ratings[0] with { Observation = "Drie keer te laat deze maand" };
        var trainer = await fixture.Trainer(_company).AssessAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, ratings));

        var all = await (await fixture.Mentor(_mentor).GetAsync($"/api/students/{student.Id}/assessments")).ReadAsync<List<AssessmentResponse>>();
        var seen = Assert.Single(all, a => a.AssessmentId == trainer.AssessmentId);
        Assert.Equal("Drie keer te laat deze maand", seen.Ratings.Single(r => r.CriterionKey == "punctuality").Observation);

        await (await fixture.Mentor(Guid.NewGuid()).GetAsync($"/api/assessments/{trainer.AssessmentId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_author_discards_a_draft_and_it_is_gone()
    {
        var (student, placement) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var draft = await mentor.StartAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: []));

        await (await mentor.DeleteAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.NoContent);
        await (await mentor.GetAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.NotFound);
        await (await mentor.DeleteAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.NotFound);

        // Any author kind: the trainer's and the student's own drafts too.
        var trainerClient = fixture.Trainer(_company);
        var trainerDraft = await trainerClient.StartAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, ratings: []));
        await (await trainerClient.DeleteAsync($"/api/assessments/{trainerDraft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.NoContent);
        var self = fixture.Student(student.Id);
        var selfDraft = await self.StartAsync(student.Id, TestData.Start(AssessorRole.Self, ratings: []));
        await (await self.DeleteAsync($"/api/assessments/{selfDraft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Only_the_author_discards_and_only_a_draft()
    {
        var (student, placement) = await ArrangeAsync();
        var trainer = fixture.Trainer(_company);
        var draft = await trainer.StartAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, ratings: []));

        // The mentor reads every draft about their mentee, but a colleague's work is not theirs to throw away.
        await (await fixture.Mentor(_mentor).DeleteAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(_company).DeleteAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(student.Id).DeleteAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Coordinator().DeleteAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await trainer.GetAsync($"/api/assessments/{draft.AssessmentId}")).AssertStatusAsync(HttpStatusCode.OK);

        // A submitted assessment is part of the record: corrected, never discarded.
        var mentor = fixture.Mentor(_mentor);
        var submitted = await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        await (await mentor.DeleteAsync($"/api/assessments/{submitted.AssessmentId}")).AssertConflictAsync("assessment-submitted");
        await (await mentor.GetAsync($"/api/assessments/{submitted.AssessmentId}")).AssertStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_list_tells_each_reader_which_drafts_are_their_own()
    {
        var (student, placement) = await ArrangeAsync();
        var mentorDraft = await fixture.Mentor(_mentor).StartAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: []));
        var trainerDraft = await fixture.Trainer(_company).StartAsync(student.Id, TestData.Start(AssessorRole.Trainer, placement.Id, ratings: []));
        Assert.True(mentorDraft.Mine);

        var asMentor = await (await fixture.Mentor(_mentor).GetAsync($"/api/students/{student.Id}/assessments")).ReadAsync<List<AssessmentResponse>>();
        Assert.True(asMentor.Single(a => a.AssessmentId == mentorDraft.AssessmentId).Mine);
        Assert.False(asMentor.Single(a => a.AssessmentId == trainerDraft.AssessmentId).Mine);

        // The student gets a new mentor: the previous mentor's draft is readable, but not the new mentor's own.
        var newMentor = Guid.NewGuid();
        await fixture.RunAsync(async db =>
        {
            var copy = await db.Students.FindAsync(student.Id);
            copy!.MentorStaffId = newMentor;
            await db.SaveChangesAsync();
        });
        var asNewMentor = await (await fixture.Mentor(newMentor).GetAsync($"/api/students/{student.Id}/assessments")).ReadAsync<List<AssessmentResponse>>();
        Assert.False(asNewMentor.Single(a => a.AssessmentId == mentorDraft.AssessmentId).Mine);
    }

    [Fact]
    public async Task A_discarded_correction_frees_the_original_for_a_new_one()
    {
        var (student, _) = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var original = await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        var correction = await mentor.StartAsync(student.Id, TestData.Start(AssessorRole.Mentor, supersedes: original.AssessmentId));

        await (await mentor.DeleteAsync($"/api/assessments/{correction.AssessmentId}")).AssertStatusAsync(HttpStatusCode.NoContent);

        var again = await mentor.StartAsync(student.Id, TestData.Start(AssessorRole.Mentor, supersedes: original.AssessmentId));
        Assert.Equal(original.AssessmentId, again.SupersedesId);
    }
}
