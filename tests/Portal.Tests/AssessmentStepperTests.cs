using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Assessments;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class AssessmentStepperTests
{
    [Fact]
    public void Steps_through_every_criterion_then_the_feed_forward_step()
    {
        var stepper = new AssessmentStepper(Criteria.Three);

        Assert.Equal(4, stepper.StepCount);
        Assert.Equal("punctuality", stepper.Current?.Key);
        stepper.Next();
        stepper.Next();
        Assert.Equal("cooperation", stepper.Current?.Key);
        stepper.Next();
        Assert.True(stepper.IsFeedForwardStep);
        stepper.Next();
        Assert.True(stepper.IsFeedForwardStep);
        stepper.Back();
        Assert.Equal("cooperation", stepper.Current?.Key);
    }

    [Fact]
    public void Cannot_submit_until_every_criterion_is_rated()
    {
        var stepper = new AssessmentStepper(Criteria.Three);
        stepper.Rate("punctuality", Levels.Competent);
        stepper.Rate("initiative", Levels.NotObserved);

        Assert.False(stepper.CanSubmit);
        Assert.Equal(["cooperation"], stepper.Incomplete.Select(c => c.Key));
        Assert.Equal("Assess.Missing.Level", stepper.ProblemWith(Criteria.Three[2]));

        stepper.Rate("cooperation", Levels.Strong);
        Assert.True(stepper.CanSubmit);
    }

    [Fact]
    public void Needs_attention_needs_an_observation()
    {
        var stepper = new AssessmentStepper(Criteria.Three);
        foreach (var criterion in Criteria.Three)
        {
            stepper.Rate(criterion.Key, Levels.Competent);
        }

        stepper.Rate("initiative", Levels.NeedsAttention);
        Assert.Equal("Assess.Missing.Observation", stepper.ProblemWith(Criteria.Three[1]));
        Assert.False(stepper.CanSubmit);

        stepper.Observe("initiative", "Wacht tot iemand zegt wat hij moet doen");
        Assert.True(stepper.CanSubmit);
        Assert.Equal("Wacht tot iemand zegt wat hij moet doen", stepper.Ratings.Single(r => r.CriterionKey == "initiative").Observation);
    }

    [Fact]
    public void Only_rated_criteria_and_a_written_feed_forward_go_to_guidance()
    {
        var stepper = new AssessmentStepper(Criteria.Three);
        stepper.Rate("punctuality", Levels.Developing);
        stepper.Observe("initiative", "   ");

        Assert.Equal([new Rating("punctuality", Levels.Developing, null)], stepper.Ratings);
        Assert.Empty(stepper.FeedForward);
        stepper.Draft.FeedForward = "  Wekker om 6:30 zetten ";
        Assert.Equal([new FeedForwardItem("Wekker om 6:30 zetten", false)], stepper.FeedForward);
    }

    [Fact]
    public void A_draft_from_the_browser_wins_over_the_older_one_at_guidance()
    {
        var local = new AssessmentDraft { Step = 2, Levels = { ["punctuality"] = Levels.Strong } };
        var stepper = new AssessmentStepper(Criteria.Three, local);
        var atGuidance = new Assessment(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Trainer", "trainer", "placement", Guid.NewGuid(), "formative", "draft",
            [new Rating("punctuality", Levels.Developing, null), new Rating("initiative", Levels.Competent, "Pakt zelf werk op")],
            "Goed bezig", [new FeedForwardItem("Vragen stellen", false)], DateTimeOffset.UtcNow, null, null);

        stepper.LoadFrom(atGuidance);

        Assert.Equal(atGuidance.AssessmentId, stepper.Draft.AssessmentId);
        Assert.Equal(Levels.Strong, stepper.LevelOf("punctuality"));
        Assert.Equal(Levels.Competent, stepper.LevelOf("initiative"));
        Assert.Equal("Pakt zelf werk op", stepper.ObservationOf("initiative"));
        Assert.Equal("Vragen stellen", stepper.Draft.FeedForward);
        Assert.Equal(2, stepper.Step);
    }
}
