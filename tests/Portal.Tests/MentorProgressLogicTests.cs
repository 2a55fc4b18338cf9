using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Progress;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class MentorProgressLogicTests
{
    [Fact]
    public void Pairwise_discrepancies_become_one_line_per_criterion_with_highest_lowest_and_gap()
    {
        // Guidance's pairs for two criteria (four roles apart on each): eight lines before, two now.
        var pairs = new List<Discrepancy>
        {
            new("punctuality", "self", "strong", "trainer", "needsAttention"),
            new("punctuality", "self", "strong", "mentor", "needsAttention"),
            new("punctuality", "teacher", "strong", "trainer", "needsAttention"),
            new("punctuality", "teacher", "strong", "mentor", "needsAttention"),
            new("initiative", "self", "strong", "trainer", "developing"),
            new("initiative", "self", "strong", "teacher", "developing"),
            new("initiative", "mentor", "competent", "self", "strong"),
            new("initiative", "trainer", "developing", "mentor", "competent"),
        };

        var lines = DiscrepancyLine.From(pairs);

        Assert.Equal(2, lines.Count);
        var punctuality = lines.Single(l => l.CriterionKey == "punctuality");
        Assert.Equal(3, punctuality.Gap);
        Assert.Equal(["teacher", "self"], punctuality.Highest.Select(r => r.Role));
        Assert.Equal(["trainer", "mentor"], punctuality.Lowest.Select(r => r.Role));
        var initiative = lines.Single(l => l.CriterionKey == "initiative");
        Assert.Equal(2, initiative.Gap);
        Assert.Equal(new RoleLevel("self", "strong"), Assert.Single(initiative.Highest));
        Assert.Equal(["trainer", "teacher"], initiative.Lowest.Select(r => r.Role));
    }

    [Fact]
    public void Not_observed_never_makes_a_discrepancy_line()
    {
        var lines = DiscrepancyLine.From([new Discrepancy("reflection", "self", "notObserved", "trainer", "competent")]);

        Assert.Empty(lines);
    }

    [Fact]
    public void Observations_are_each_authors_latest_submitted_words_per_criterion()
    {
        var student = Guid.NewGuid();
        var older = Assessment(student, "trainer", "Jan Bakker", new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero), ("punctuality", "developing", "Soms te laat"));
        var latest = Assessment(student, "trainer", "Jan Bakker", new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero), ("punctuality", "needsAttention", "Drie keer te laat"), ("initiative", "competent", null));
        var self = Assessment(student, "self", null, new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero), ("punctuality", "strong", "Ik ben er altijd"));
        var draft = Assessment(student, "mentor", "Mentor", null, ("punctuality", "competent", "Nog niet af"));
        var corrected = Assessment(student, "teacher", "Docent", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), ("punctuality", "strong", "Vergissing")) with { SupersededById = Guid.NewGuid() };

        var observations = CriterionObservation.Latest([older, latest, self, draft, corrected]);

        var punctuality = observations["punctuality"];
        Assert.Equal(["trainer", "self"], punctuality.Select(o => o.Role));
        Assert.Equal("Drie keer te laat", punctuality[0].Observation);
        Assert.Equal("Jan Bakker", punctuality[0].AssessorName);
        Assert.Equal("needsAttention", punctuality[0].Level);
        Assert.Null(Assert.Single(observations["initiative"]).Observation);

        var sinceReview = CriterionObservation.Latest([older, latest, self], new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal("trainer", Assert.Single(sinceReview["punctuality"]).Role);
    }

    [Fact]
    public void The_talent_scan_lists_each_roles_levels_in_date_order_with_the_goals_about_the_criterion()
    {
        var progress = MentorStudentViewTests.Progress(nextReview: null);

        var rows = TalentScanRow.Build(progress);

        var punctuality = rows.Single(r => r.Key == "punctuality");
        Assert.Equal(["developing", "needsAttention"], punctuality.ByRole["trainer"].Select(l => l.Level));
        Assert.Equal("Op tijd beginnen", Assert.Single(punctuality.Goals).Title);
        Assert.Empty(rows.Single(r => r.Key == "initiative").Goals);
        Assert.Equal(["trainer", "teacher", "mentor", "self"], TalentScanRow.Roles(rows));
        Assert.Equal(["trainer", "mentor", "self"], TalentScanRow.LatestLevels(progress.Criteria[0]).Select(l => l.Role));
    }

    private static Assessment Assessment(Guid student, string role, string? name, DateTimeOffset? submittedAt, params (string Key, string Level, string? Observation)[] ratings) =>
        new(Guid.NewGuid(), student, Guid.NewGuid(), name, role, "school", null, "formative", submittedAt is null ? "draft" : "submitted",
            [.. ratings.Select(r => new Rating(r.Key, r.Level, r.Observation))], null, [], submittedAt ?? DateTimeOffset.UtcNow, submittedAt, null);
}
