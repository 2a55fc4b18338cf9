using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Persistence.Conflicts;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>A submitted assessment never changes, whatever path tries: the database refuses it; a correction is a new record.</summary>
public sealed class SubmittedAssessmentGuardTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private readonly Guid _mentor = Guid.NewGuid();

    private async Task<StudentCopy> ArrangeAsync()
    {
        var student = TestData.Student(_mentor);
        await fixture.RunAsync(db => { db.Students.Add(student); return db.SaveChangesAsync(); });
        return student;
    }

    private Task<int> SqlAsync(string sql, Guid id) => fixture.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(sql, id));

    [Theory]
    [InlineData("UPDATE assessments SET overall_comment = 'Herschreven' WHERE id = {0}")]
    [InlineData("UPDATE assessments SET ratings = '[]'::jsonb WHERE id = {0}")]
    [InlineData("UPDATE assessments SET ratings = jsonb_set(ratings, '{{0,level}}', '\"strong\"') WHERE id = {0}")]
    [InlineData("UPDATE assessments SET status = 'Draft', submitted_at = NULL WHERE id = {0}")]
    [InlineData("UPDATE assessments SET feed_forward = '[]'::jsonb WHERE id = {0}")]
    [InlineData("DELETE FROM assessments WHERE id = {0}")]
    public async Task The_database_refuses_any_change_to_a_submitted_assessment_even_from_the_service_itself(string sql)
    {
        var student = await ArrangeAsync();
        var submitted = await fixture.Mentor(_mentor).AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: TestData.Ratings(AttitudeLevel.NeedsAttention)));

        var error = await Assert.ThrowsAsync<PostgresException>(() => SqlAsync(sql, submitted.AssessmentId));
        Assert.Equal("assessment_submitted", error.ConstraintName);

        var stored = await (await fixture.Mentor(_mentor).GetAsync($"/api/assessments/{submitted.AssessmentId}")).ReadAsync<AssessmentResponse>();
        Assert.Equal(AssessmentStatus.Submitted, stored.Status);
        Assert.Equal("Goed bezig", stored.OverallComment);
        Assert.All(stored.Ratings, r => Assert.Equal(AttitudeLevel.NeedsAttention, r.Level));
        Assert.NotEmpty(stored.FeedForward);
    }

    [Fact]
    public async Task A_refusal_by_the_database_answers_409_naming_the_rule()
    {
        var student = await ArrangeAsync();
        var submitted = await fixture.Mentor(_mentor).AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        var known = fixture.Factory.Services.GetServices<DatabaseConflict>().ToList();

        var guard = await Assert.ThrowsAsync<PostgresException>(() => SqlAsync("UPDATE assessments SET overall_comment = 'Herschreven' WHERE id = {0}", submitted.AssessmentId));
        var problem = ConflictAnswers.Describe(guard, known);
        Assert.Equal((409, "assessment-submitted"), (problem?.Status, problem?.Extensions["rule"]));
        Assert.Equal("A submitted assessment cannot change; submit a correction that supersedes it.", problem?.Detail);

        // A unique key taken meanwhile (here the teacher link): the same change made by a concurrent request.
        const string link = "INSERT INTO student_teachers (student_id, teacher_staff_id, linked_by, linked_at) VALUES ({0}, {0}, 'test', now())";
        await SqlAsync(link, student.Id);
        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => SqlAsync(link, student.Id));
        Assert.Equal("concurrent-change", ConflictAnswers.Describe(duplicate, known)?.Extensions["rule"]);
    }

    [Fact]
    public async Task A_draft_still_changes_and_submitting_it_is_allowed()
    {
        var student = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var draft = await mentor.StartAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        Assert.Equal(1, await SqlAsync("UPDATE assessments SET overall_comment = 'Nog een concept' WHERE id = {0}", draft.AssessmentId));
        await mentor.SubmitAsync(draft.AssessmentId);

        var other = await mentor.StartAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        Assert.Equal(1, await SqlAsync("DELETE FROM assessments WHERE id = {0}", other.AssessmentId));
    }

    [Fact]
    public async Task A_correction_is_a_new_record_the_original_is_never_rewritten_and_progress_shows_the_correction()
    {
        var student = await ArrangeAsync();
        var mentor = fixture.Mentor(_mentor);
        var original = await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        var before = await fixture.InDatabaseAsync(db => db.Database.SqlQueryRaw<string>("SELECT row_to_json(a)::text AS \"Value\" FROM assessments a WHERE id = {0}", original.AssessmentId).SingleAsync());

        var correction = await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor, ratings: TestData.Ratings(AttitudeLevel.Strong), supersedes: original.AssessmentId));

        var after = await fixture.InDatabaseAsync(db => db.Database.SqlQueryRaw<string>("SELECT row_to_json(a)::text AS \"Value\" FROM assessments a WHERE id = {0}", original.AssessmentId).SingleAsync());
        Assert.Equal(before, after);
        Assert.Equal(original.AssessmentId, correction.SupersedesId);
        var read = await (await mentor.GetAsync($"/api/assessments/{original.AssessmentId}")).ReadAsync<AssessmentResponse>();
        Assert.Equal(correction.AssessmentId, read.SupersededById);

        var progress = await (await mentor.GetAsync($"/api/students/{student.Id}/progress")).ReadAsync<ProgressResponse>();
        var latest = Assert.Single(progress.LatestAssessments);
        Assert.Equal(correction.AssessmentId, latest.AssessmentId);
        Assert.Equal(original.AssessmentId, latest.SupersedesId);
        Assert.All(latest.Levels.Values, level => Assert.Equal(AttitudeLevel.Strong, level));

        // A correction is by the same assessor under the same rules: another mentor cannot correct it.
        await (await fixture.Mentor(Guid.NewGuid()).PostJsonAsync($"/api/students/{student.Id}/assessments", TestData.Start(AssessorRole.Mentor, supersedes: correction.AssessmentId)))
            .AssertStatusAsync(HttpStatusCode.Forbidden);
    }
}
