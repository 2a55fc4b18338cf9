using Bunit;
using PartnershipHub.Portal.Assessments;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class AssessmentStepperFormTests : PortalTestContext
{
    [Fact]
    public void Shows_one_criterion_with_every_level_descriptor()
    {
        var form = Render<AssessmentStepperForm>(p => p.Add(c => c.Stepper, new AssessmentStepper(Criteria.Three)));

        Assert.Equal("Stiptheid", form.Find("#step-title").TextContent);
        Assert.Contains("Stap 1 van 4", form.Find("[data-testid=step-indicator]").TextContent);
        Assert.Equal(5, form.FindAll("input[type=radio]").Count);
        Assert.Contains("Stiptheid: altijd en helpt anderen", form.Markup);
        Assert.DoesNotContain("Initiatief", form.Find("#step-title").TextContent);
    }

    [Fact]
    public void Choosing_a_level_and_next_moves_to_the_next_criterion_and_reports_the_change()
    {
        var stepper = new AssessmentStepper(Criteria.Three);
        var changes = 0;
        var form = Render<AssessmentStepperForm>(p => p
            .Add(c => c.Stepper, stepper)
            .Add(c => c.OnChanged, () => changes++));

        form.Find("[data-testid=level-strong]").Change("strong");
        form.Find("[data-testid=next]").Click();

        Assert.Equal("strong", stepper.LevelOf("punctuality"));
        Assert.Equal("Initiatief", form.Find("#step-title").TextContent);
        Assert.Equal(2, changes);
    }

    [Fact]
    public void Submitting_an_incomplete_form_lists_what_is_missing_and_does_not_submit()
    {
        var stepper = new AssessmentStepper(Criteria.Three);
        stepper.Rate("punctuality", Levels.NeedsAttention);
        stepper.GoTo(3);
        var submitted = false;
        var form = Render<AssessmentStepperForm>(p => p
            .Add(c => c.Stepper, stepper)
            .Add(c => c.OnSubmit, () => submitted = true));

        form.Find("[data-testid=submit]").Click();

        Assert.False(submitted);
        var missing = form.Find("[data-testid=incomplete]").TextContent;
        Assert.Contains("Stiptheid", missing);
        Assert.Contains("een observatie verplicht", missing);
        Assert.Contains("Samenwerken", missing);
        Assert.Contains("1 van 3 criteria beoordeeld", form.Find("[data-testid=rated-count]").TextContent);
    }

    [Fact]
    public void A_complete_form_submits()
    {
        var stepper = new AssessmentStepper(Criteria.Three);
        foreach (var criterion in Criteria.Three)
        {
            stepper.Rate(criterion.Key, Levels.Competent);
        }

        stepper.GoTo(3);
        var submitted = false;
        var form = Render<AssessmentStepperForm>(p => p
            .Add(c => c.Stepper, stepper)
            .Add(c => c.OnSubmit, () => submitted = true));

        form.Find("[data-testid=submit]").Click();

        Assert.True(submitted);
        Assert.Empty(form.FindAll("[data-testid=incomplete]"));
    }
}
