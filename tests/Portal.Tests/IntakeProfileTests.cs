using System.Globalization;
using Bunit;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Shared;
using PartnershipHub.Portal.Intake;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class IntakeProfileTests : PortalTestContext
{
    private static IntakeProfile Intake(IntakeNeeds? needs = null) => new(
        Guid.NewGuid(), "complete", new DateOnly(2025, 9, 10), "vmboKb", new DateOnly(2025, 9, 1), ["student", "parentOrGuardian"], true,
        needs ?? new IntakeNeeds(new IntakeNeed("none", null), new IntakeNeed("some", "Leest langzaam"), null, new IntakeNeed("much", "Vaste dagindeling"), new IntakeNeed("some", null)),
        new IntakeTalentScan([new IntakeTalent("Klantvriendelijk", 4)], [new IntakeTalent("Plannen", null)]),
        "level3",
        new IntakePreferences(["Zorg"], 25, [new AvoidedCompany(Guid.NewGuid(), "Zorggroep Oost", "Familie werkt daar")]));

    [Fact]
    public void The_needs_profile_keeps_the_five_categories_in_order_and_maps_every_level()
    {
        var lines = NeedsProfileLine.From(new IntakeNeeds(new IntakeNeed("none", " "), new IntakeNeed("Some", "Leest langzaam"), null, new IntakeNeed("much", null), new IntakeNeed("unheard-of", null)));

        Assert.Equal(
            ["Intake.Need.pedagogical", "Intake.Need.didactic", "Intake.Need.futureWishes", "Intake.Need.structure", "Intake.Need.privateCircumstances"],
            lines.Select(l => l.CategoryKey));
        Assert.Equal(
            ["Intake.Level.none", "Intake.Level.some", "Intake.Level.notAssessed", "Intake.Level.much", "Intake.Level.notAssessed"],
            lines.Select(l => l.LevelKey));
        Assert.Equal([null, "Leest langzaam", null, null, null], lines.Select(l => l.Note));
        Assert.Equal([false, false, false, true, false], lines.Select(l => l.Marked));
    }

    [Fact]
    public void No_needs_at_all_reads_not_assessed_for_every_category()
    {
        Assert.All(NeedsProfileLine.From(null), line => Assert.Equal("Intake.Level.notAssessed", line.LevelKey));
    }

    [Fact]
    public void The_panel_shows_the_needs_levels_talents_and_preferences_in_dutch()
    {
        var panel = Render<IntakeProfilePanel>(p => p.Add(c => c.Intake, Intake()));

        var needs = panel.FindAll("[data-testid=need]").Select(row => row.TextContent.Trim()).ToList();
        Assert.Equal(5, needs.Count);
        Assert.Contains("Pedagogisch", needs[0]);
        Assert.Contains("Geen", needs[0]);
        Assert.Contains("Enige", needs[1]);
        Assert.Contains("Leest langzaam", needs[1]);
        Assert.Contains("Niet ingevuld", needs[2]);
        Assert.Contains("Veel", needs[3]);
        Assert.Equal("vmbo kaderberoepsgerichte leerweg", panel.Find("[data-testid=prior-education]").TextContent);
        Assert.Equal("Ja", panel.Find("[data-testid=extended]").TextContent);
        Assert.Contains("score 4 van 5", panel.Find("[data-testid=strengths]").TextContent);
        Assert.Equal("Plannen", panel.Find("[data-testid=development-points]").TextContent.Trim());
        Assert.Contains("Familie werkt daar", panel.Find("[data-testid=avoid-companies]").TextContent);
        Assert.Contains("Ouder of verzorger", panel.Markup);
        Assert.Contains("Doorstromen naar niveau 3", panel.Markup);
        Assert.Contains("25 km", panel.Markup);
    }

    [Fact]
    public void Every_table_header_is_a_column_or_row_header()
    {
        var panel = Render<IntakeProfilePanel>(p => p.Add(c => c.Intake, Intake()));

        Assert.All(panel.FindAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void No_intake_yet_is_a_friendly_sentence_not_an_error(bool notFound)
    {
        var panel = notFound
            ? Render<IntakeProfilePanel>(p => p.Add(c => c.Problem, new ApiProblem(404, null, null, null, new Dictionary<string, string[]>())))
            : Render<IntakeProfilePanel>(p => p.Add(c => c.Intake, Intake() with { Status = "notStarted" }));

        Assert.Equal("Er is nog geen intake vastgelegd voor deze student.", panel.Find("[data-testid=no-intake]").TextContent.Trim());
        Assert.Empty(panel.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void In_english_the_levels_and_categories_are_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");

        var panel = Render<IntakeProfilePanel>(p => p.Add(c => c.Intake, Intake()));

        var needs = panel.FindAll("[data-testid=need]").Select(row => row.TextContent).ToList();
        Assert.Contains("Pedagogical", needs[0]);
        Assert.Contains("None", needs[0]);
        Assert.Contains("Much", needs[3]);
        Assert.Equal("Yes", panel.Find("[data-testid=extended]").TextContent);
    }

    [Fact]
    public void A_refusal_is_explained_by_the_problem_sentence()
    {
        var panel = Render<IntakeProfilePanel>(p => p.Add(c => c.Problem, new ApiProblem(403, null, null, null, new Dictionary<string, string[]>())));

        Assert.Contains("niet zien of doen", panel.Find("[data-testid=problem]").TextContent);
    }
}
