
using FsCheck.Xunit;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Domain;

public sealed class ProgressCalculatorTests
{
    private static readonly AttitudeFramework Framework = DefaultFramework.Create(DateTimeOffset.UtcNow);

    private static Assessment Submitted(AssessorRole role, List<CriterionRating> ratings, DateTimeOffset at)
    {
        var assessment = Assessment.Start(Guid.NewGuid(), Guid.NewGuid(), Framework, "x", null, role, null, AssessmentKind.Formative, null, at);
        assessment.Edit(Framework, ratings, null, []);
        assessment.Submit(Framework, at);
        return assessment;
    }

    [Fact]
    public void Two_levels_apart_is_a_discrepancy_one_level_is_not()
    {
        var at = DateTimeOffset.UtcNow;
        var self = Submitted(AssessorRole.Self, TestData.Ratings(AttitudeLevel.Strong, ("initiative", AttitudeLevel.Competent)), at);
        var trainer = Submitted(AssessorRole.Trainer, TestData.Ratings(AttitudeLevel.Developing, ("initiative", AttitudeLevel.Developing)), at.AddMinutes(1));

        var (_, criteria, discrepancies) = ProgressCalculator.Calculate([self, trainer], [Framework]);

        Assert.True(criteria.Single(c => c.Key == "punctuality").Discrepancy);
        Assert.False(criteria.Single(c => c.Key == "initiative").Discrepancy);
        Assert.Equal(7, discrepancies.Count);
        Assert.Equal(7, SignalRules.CriteriaApart(trainer, self).Count);
    }

    [Property(MaxTest = 200)]
    public bool Not_observed_never_counts_and_discrepancy_is_symmetric(int a, int b)
    {
        var levels = Enum.GetValues<AttitudeLevel>();
        var levelA = levels[Math.Abs(a % levels.Length)];
        var levelB = levels[Math.Abs(b % levels.Length)];
        var at = DateTimeOffset.UtcNow;
        var x = Submitted(AssessorRole.Self, TestData.Ratings(levelA), at);
        var y = Submitted(AssessorRole.Trainer, TestData.Ratings(levelB), at.AddMinutes(1));

        var apartXy = SignalRules.CriteriaApart(x, y).Count;
        var apartYx = SignalRules.CriteriaApart(y, x).Count;
        var expected = levelA == AttitudeLevel.NotObserved || levelB == AttitudeLevel.NotObserved || Math.Abs((int)levelA - (int)levelB) < 2 ? 0 : 8;
        var (_, criteria, _) = ProgressCalculator.Calculate([x, y], [Framework]);
        var growthHasNotObserved = criteria.SelectMany(c => c.Growth).Any(g => g.Level == AttitudeLevel.NotObserved);
        return apartXy == expected && apartYx == expected && !growthHasNotObserved;
    }

    [Fact]
    public void Growth_follows_a_criterion_key_across_framework_versions()
    {
        var v2 = AttitudeFramework.Publish(Guid.NewGuid(), DefaultFramework.Key, 2, "v2", [],
            [.. DefaultFramework.Criteria.Select(c => c.Key == "reflection" ? c with { Name = "Reflecteren (nieuw)" } : c)], DateTimeOffset.UtcNow);
        var old = Submitted(AssessorRole.Mentor, TestData.Ratings(AttitudeLevel.Developing), DateTimeOffset.UtcNow.AddDays(-30));
        var newer = Assessment.Start(Guid.NewGuid(), Guid.NewGuid(), v2, "x", null, AssessorRole.Mentor, null, AssessmentKind.Formative, null, DateTimeOffset.UtcNow);
        newer.Edit(v2, TestData.Ratings(AttitudeLevel.Competent), null, []);
        newer.Submit(v2, DateTimeOffset.UtcNow);

        var (latest, criteria, _) = ProgressCalculator.Calculate([old, newer], [Framework, v2]);

        var reflection = criteria.Single(c => c.Key == "reflection");
        Assert.Equal("Reflecteren (nieuw)", reflection.Name);
        Assert.Equal([AttitudeLevel.Developing, AttitudeLevel.Competent], reflection.Growth.Select(g => g.Level));
        Assert.Equal(2, Assert.Single(latest).FrameworkVersion);
    }
}
