using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Domain;

public sealed class AssessmentTests
{
    private static readonly AttitudeFramework Framework = DefaultFramework.Create(DateTimeOffset.UtcNow);

    private static Assessment Draft() =>
        Assessment.Start(Guid.NewGuid(), Guid.NewGuid(), Framework, "a", null, AssessorRole.Teacher, null, AssessmentKind.Summative, null, DateTimeOffset.UtcNow);

    [Fact]
    public void An_assessment_refuses_a_criterion_outside_its_framework()
    {
        var error = Assert.Throws<FieldValidationException>(() => Draft().Edit(Framework, [new CriterionRating("juggling", AttitudeLevel.Strong, null)], null, []));
        Assert.Contains("ratings[0].criterionKey", error.Errors.Keys);
    }

    [Fact]
    public void A_submitted_assessment_refuses_every_change()
    {
        var assessment = Draft();
        assessment.Edit(Framework, TestData.Ratings(AttitudeLevel.Competent), null, []);
        assessment.Submit(Framework, DateTimeOffset.UtcNow);

        Assert.Equal("assessment-submitted", Assert.Throws<ConflictException>(() => assessment.Edit(Framework, [], null, [])).Rule);
        Assert.Equal("assessment-submitted", Assert.Throws<ConflictException>(() => assessment.AddStudentStep("x")).Rule);
        Assert.Equal("assessment-submitted", Assert.Throws<ConflictException>(() => assessment.Submit(Framework, DateTimeOffset.UtcNow)).Rule);
    }

    [Fact]
    public void Only_a_submitted_assessment_is_superseded_and_only_once()
    {
        var draft = Draft();
        Assert.Equal("not-submitted", Assert.Throws<ConflictException>(() => draft.EnsureCorrectable(hasCorrection: false)).Rule);
        draft.Edit(Framework, TestData.Ratings(AttitudeLevel.Competent), null, []);
        draft.Submit(Framework, DateTimeOffset.UtcNow);
        draft.EnsureCorrectable(hasCorrection: false);
        Assert.Equal("already-superseded", Assert.Throws<ConflictException>(() => draft.EnsureCorrectable(hasCorrection: true)).Rule);
    }

    [Fact]
    public void Signals_resolve_once()
    {
        var signal = new Signal { Status = SignalStatus.Open };
        signal.Resolve("m", "Gesprek gevoerd", DateTimeOffset.UtcNow);
        Assert.Equal("signal-resolved", Assert.Throws<ConflictException>(() => signal.Resolve("m", "x", DateTimeOffset.UtcNow)).Rule);
    }

    [Fact]
    public void Care_related_goals_are_never_for_trainers()
    {
        Assert.False(new PlanGoal(Guid.NewGuid(), "x", null, NeedsCategory.PrivateCircumstances, true, GoalStatus.Open, null).VisibleToTrainer);
        Assert.False(new PlanGoal(Guid.NewGuid(), "x", "punctuality", null, false, GoalStatus.Open, null).VisibleToTrainer);
        Assert.True(new PlanGoal(Guid.NewGuid(), "x", "punctuality", null, true, GoalStatus.Open, null).VisibleToTrainer);
    }

    [Fact]
    public void Expected_hours_are_pro_rata_to_the_plan()
    {
        var placement = new PartnershipHub.Guidance.Domain.PlacementCopy { StartDate = new DateOnly(2026, 9, 1), EndDate = new DateOnly(2026, 9, 1).AddDays(100), PlannedHours = 400 };
        Assert.Equal(0, SignalRules.ExpectedHours(placement, new DateOnly(2026, 8, 1)));
        Assert.Equal(100, SignalRules.ExpectedHours(placement, new DateOnly(2026, 9, 26)));
        Assert.Equal(400, SignalRules.ExpectedHours(placement, new DateOnly(2027, 9, 1)));
    }
}
