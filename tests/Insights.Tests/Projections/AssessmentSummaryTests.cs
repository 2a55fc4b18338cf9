using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Projections;
using static PartnershipHub.Insights.Tests.Projections.HistoryEvents;

namespace PartnershipHub.Insights.Tests.Projections;

/// <summary>
/// The assessments section's summaries follow the levels: an assessment adds its student's share once, the share moves
/// with the student's programme or cohort, and an erasure takes it out; what the projections keep equals a build from scratch.
/// </summary>
public sealed class AssessmentSummaryTests(ProjectionFixture fixture) : IClassFixture<ProjectionFixture>
{
    private static readonly DateOnly Quarter = new(2026, 10, 1);

    /// <summary>A programme of the test's own, so the other tests' students never share its roll-up rows.</summary>
    private static string NewCrebo() => Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static StudentEnrolled Enrolled(Guid id, string crebo, string cohort = "2025") =>
        HistoryEvents.Enrolled(id, 1, cohort: cohort) with { Enrolment = Enrolment(crebo: crebo) };

    private Task<List<AssessmentQuarter>> QuartersAsync(string crebo) =>
        fixture.ReadAsync(db => db.AssessmentQuarters.AsNoTracking().Where(q => q.Crebo == crebo && q.Levels != 0)
            .OrderBy(q => q.Cohort).ThenBy(q => q.CriterionKey).ToListAsync());

    private Task<AssessmentSummary?> SummaryAsync(Guid student) =>
        fixture.ReadAsync(db => db.AssessmentSummaries.AsNoTracking().SingleOrDefaultAsync(s => s.StudentId == student));

    [Fact]
    public async Task An_assessment_adds_its_levels_to_the_quarter_and_marks_a_school_work_discrepancy()
    {
        var crebo = NewCrebo();
        var student = Guid.NewGuid();
        var teacher = Assessment(student, "teacher", new CriterionLevel("punctuality", 4), new CriterionLevel("initiative", 3));
        var trainer = Assessment(student, "trainer", new CriterionLevel("punctuality", 1), new CriterionLevel("initiative", 3)) with
        {
            SubmittedAt = teacher.SubmittedAt.AddDays(1),
        };
        var enrolled = Enrolled(student, crebo);
        await fixture.PublishAsync(enrolled);
        await fixture.ProcessedAsync(enrolled);
        await fixture.PublishAllAsync(teacher, trainer);
        await fixture.ProcessedAsync(teacher, trainer);

        var quarters = await QuartersAsync(crebo);
        Assert.Equal(
            [("initiative", 2, 6L, 1, 3L, 1, 3L, 1), ("punctuality", 2, 5L, 1, 4L, 1, 1L, 1)],
            quarters.Select(q => (q.CriterionKey, q.Levels, q.LevelSum, q.SchoolLevels, q.SchoolSum, q.WorkplaceLevels, q.WorkplaceSum, q.Students)));
        Assert.All(quarters, q => Assert.Equal((Quarter, "2025"), (q.Quarter, q.Cohort)));
        var summary = await SummaryAsync(student);
        Assert.NotNull(summary);
        Assert.Equal(trainer.SubmittedAt, summary.LastAssessedAt);
        // Discrepant since the older of the two latest levels (the teacher's): a range starting after it sees no trainer-teacher pair.
        Assert.Equal(teacher.SubmittedAt, summary.DiscrepancyAt);
        Assert.Empty(fixture.Log.Errors);
    }

    [Fact]
    public async Task A_republished_assessment_counts_once()
    {
        var crebo = NewCrebo();
        var student = Guid.NewGuid();
        var enrolled = Enrolled(student, crebo);
        var assessment = Assessment(student, "mentor", new CriterionLevel("punctuality", 3));
        await fixture.PublishAsync(enrolled);
        await fixture.ProcessedAsync(enrolled);
        await fixture.PublishAsync(assessment);
        await fixture.ProcessedAsync(assessment);
        var republished = assessment with { EventId = Guid.NewGuid() };
        await fixture.PublishAsync(republished);
        await fixture.ProcessedAsync(republished);

        var quarter = Assert.Single(await QuartersAsync(crebo));
        Assert.Equal((1, 3L, 1, 3L, 0, 1), (quarter.Levels, quarter.LevelSum, quarter.SchoolLevels, quarter.SchoolSum, quarter.WorkplaceLevels, quarter.Students));
        Assert.Null((await SummaryAsync(student))!.DiscrepancyAt);
    }

    [Fact]
    public async Task A_students_share_moves_with_their_cohort_and_counts_once_they_are_known()
    {
        var crebo = NewCrebo();
        var student = Guid.NewGuid();
        // The assessment before the enrolment: the dashboard counts only known students, so it counts once they are.
        var assessment = Assessment(student, "trainer", new CriterionLevel("punctuality", 2));
        await fixture.PublishAsync(assessment);
        await fixture.ProcessedAsync(assessment);
        Assert.Empty(await QuartersAsync(crebo));

        var enrolled = Enrolled(student, crebo);
        await fixture.PublishAsync(enrolled);
        await fixture.ProcessedAsync(enrolled);
        Assert.Equal([("2025", 1, 1)], (await QuartersAsync(crebo)).Select(q => (q.Cohort, q.Levels, q.Students)));

        var moved = Updated(student, 2, cohort: "2026");
        await fixture.PublishAsync(moved);
        await fixture.ProcessedAsync(moved);
        Assert.Equal([("2026", 1, 1)], (await QuartersAsync(crebo)).Select(q => (q.Cohort, q.Levels, q.Students)));
    }

    [Fact]
    public async Task An_erasure_takes_the_students_share_out_and_leaves_the_others()
    {
        var crebo = NewCrebo();
        var (erased, kept) = (Guid.NewGuid(), Guid.NewGuid());
        IntegrationEvent[] history =
        [
            Enrolled(erased, crebo), Enrolled(kept, crebo),
            Assessment(erased, "teacher", new CriterionLevel("punctuality", 4)), Assessment(erased, "trainer", new CriterionLevel("punctuality", 1)),
            Assessment(kept, "trainer", new CriterionLevel("punctuality", 3)),
        ];
        await fixture.PublishAllAsync(history);
        await fixture.ProcessedAsync(history);
        Assert.Equal([(3, 8L, 2)], (await QuartersAsync(crebo)).Select(q => (q.Levels, q.LevelSum, q.Students)));

        var erasure = new StudentErased(erased);
        await fixture.PublishAsync(erasure);
        await fixture.ProcessedAsync(erasure);

        var quarter = Assert.Single(await QuartersAsync(crebo));
        Assert.Equal((1, 3L, 0, 0L, 1, 3L, 1), (quarter.Levels, quarter.LevelSum, quarter.SchoolLevels, quarter.SchoolSum, quarter.WorkplaceLevels, quarter.WorkplaceSum, quarter.Students));
        Assert.Null(await SummaryAsync(erased));
        Assert.NotNull(await SummaryAsync(kept));
    }

    [Fact]
    public async Task What_the_projections_keep_equals_a_build_from_scratch()
    {
        var crebo = NewCrebo();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        IntegrationEvent[] history =
        [
            Assessment(first, "teacher", new CriterionLevel("punctuality", 4)), Enrolled(first, crebo), Enrolled(second, crebo, "2026"),
            Assessment(first, "trainer", new CriterionLevel("punctuality", 2), new CriterionLevel("initiative", 1)),
            Assessment(second, "self", new CriterionLevel("initiative", 4)), Updated(second, 2, cohort: "2025"),
        ];
        await fixture.PublishAllAsync(history);
        await fixture.ProcessedAsync(history);
        var kept = await QuartersAsync(crebo);
        var summaries = await fixture.ReadAsync(db => db.AssessmentSummaries.AsNoTracking().Where(s => s.StudentId == first || s.StudentId == second).OrderBy(s => s.StudentId).ToListAsync());

        var (built, builtSummaries) = await fixture.ReadAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await AssessmentSummaries.BuildAllAsync(db, CancellationToken.None);
            var result = (
                await db.AssessmentQuarters.AsNoTracking().Where(q => q.Crebo == crebo).OrderBy(q => q.Cohort).ThenBy(q => q.CriterionKey).ToListAsync(),
                await db.AssessmentSummaries.AsNoTracking().Where(s => s.StudentId == first || s.StudentId == second).OrderBy(s => s.StudentId).ToListAsync());
            await transaction.RollbackAsync();
            return result;
        });

        Assert.Equal(2, kept.Count);
        Assert.Equal(
            built.Select(q => (q.Cohort, q.CriterionKey, q.Quarter, q.Levels, q.LevelSum, q.SchoolLevels, q.SchoolSum, q.WorkplaceLevels, q.WorkplaceSum, q.Students)),
            kept.Select(q => (q.Cohort, q.CriterionKey, q.Quarter, q.Levels, q.LevelSum, q.SchoolLevels, q.SchoolSum, q.WorkplaceLevels, q.WorkplaceSum, q.Students)));
        Assert.Equal(builtSummaries.Select(s => (s.StudentId, s.LastAssessedAt, s.DiscrepancyAt)), summaries.Select(s => (s.StudentId, s.LastAssessedAt, s.DiscrepancyAt)));
    }
}
