using System.Text.Json;

namespace PartnershipHub.Insights.Tests.Dashboard;

/// <summary>Each section's figures on <see cref="SmallProgramme"/> (2025), exactly, with breakdown rows under five suppressed.</summary>
public sealed class DashboardSectionsTests(InsightsApiFixture fixture) : IClassFixture<InsightsApiFixture>
{
    private const string Year2025 = "from=2025-01-01&to=2025-12-31";

    [Fact]
    public async Task Early_leaving_counts_placements_and_enrolments_with_small_rows_suppressed()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);

        var report = await fixture.GetJsonAsync($"/api/insights/early-leaving?crebo={programme.Crebo}&{Year2025}");

        Assert.False(report.GetProperty("suppressed").GetBoolean());
        Assert.Equal(5, report.Int("minimum"));
        Assert.Equal(7, report.Int("students"));
        var placements = report.GetProperty("placements");
        Assert.Equal(8, placements.Int("started"));
        Assert.Equal(6, placements.Int("endedEarly"));
        Assert.Equal(["0:5", "3:-"], Rows(placements.GetProperty("byMonth"), "month"));
        Assert.Equal(["studentConduct:5", "other:-"], Rows(placements.GetProperty("byReason"), "reason"));
        var enrolments = report.GetProperty("enrolments");
        Assert.Equal(7, enrolments.Int("enrolled"));
        Assert.Equal(1, enrolments.Int("leftEarly"));
        Assert.Equal(["6:-"], Rows(enrolments.GetProperty("byMonth"), "month"));
        Assert.Equal(["other:-"], Rows(enrolments.GetProperty("byReason"), "reason"));
    }

    [Fact]
    public async Task Companies_show_placements_scores_beside_the_programme_average_and_flags()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);

        var page = await fixture.GetJsonAsync($"/api/insights/companies?crebo={programme.Crebo}&{Year2025}");

        Assert.Equal(2, page.Int("total"));
        Assert.Equal(3.0, page.Double("programmeAverage"));
        Assert.Equal(10, page.Int("programmeResponses"));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([programme.CompanyAName, programme.CompanyBName], items.Select(i => i.GetProperty("name").GetString()));
        var a = items[0];
        Assert.Equal(programme.CompanyA, a.GetProperty("companyId").GetGuid());
        Assert.Equal((5, 0, 5, 5, 2.0, 5), (a.Int("started"), a.Int("completed"), a.Int("endedEarly"), a.Int("endedEarlyFirstThreeMonths"), a.Double("averageScore"), a.Int("responses")));
        Assert.False(a.GetProperty("scoresSuppressed").GetBoolean());
        Assert.Equal(["earlyEndings", "lowScores"], a.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        var b = items[1];
        Assert.Equal((3, 2, 1, 0, 4.0, 5), (b.Int("started"), b.Int("completed"), b.Int("endedEarly"), b.Int("endedEarlyFirstThreeMonths"), b.Double("averageScore"), b.Int("responses")));
        Assert.Empty(b.GetProperty("flags").EnumerateArray());
    }

    [Fact]
    public async Task Signals_count_by_rule_with_shares_and_median_hours_to_first_response()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);

        var report = await fixture.GetJsonAsync($"/api/insights/signals?crebo={programme.Crebo}&{Year2025}");

        Assert.False(report.GetProperty("suppressed").GetBoolean());
        Assert.Equal(7, report.Int("students"));
        Assert.Equal(7, report.Int("total"));
        Assert.Equal(0.571, report.Double("resolvedShare"));
        Assert.Equal(3.0, report.Double("medianHoursToFirstResponse"));
        var rules = report.GetProperty("byRule").EnumerateArray().ToList();
        Assert.Equal(2, rules.Count);
        Assert.Equal("hoursBehindPlan", rules[0].GetProperty("rule").GetString());
        Assert.Equal((6, 0, 0.667, 2.0), (rules[0].Int("count"), rules[0].Int("urgent"), rules[0].Double("resolvedShare"), rules[0].Double("medianHoursToFirstResponse")));
        Assert.Equal("other", rules[1].GetProperty("rule").GetString());
        Assert.True(rules[1].GetProperty("suppressed").GetBoolean());
        Assert.True(rules[1].IsNull("count"));
        Assert.True(rules[1].IsNull("medianHoursToFirstResponse"));
    }

    [Fact]
    public async Task Assessments_show_the_discrepancy_share_and_quarterly_levels_per_criterion()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);

        var report = await fixture.GetJsonAsync($"/api/insights/assessments?crebo={programme.Crebo}&{Year2025}");

        Assert.Equal(6, report.Int("studentsAssessed"));
        Assert.Equal(2, report.Int("studentsWithDiscrepancy"));
        Assert.Equal(0.333, report.Double("discrepancyShare"));
        var criteria = report.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(["initiative", "punctuality"], criteria.Select(c => c.GetProperty("criterionKey").GetString()));
        var initiative = criteria[0].GetProperty("points").EnumerateArray().Single();
        Assert.Equal(("2025-Q1", 3.0, 10, 3.0, 3.0), (initiative.GetProperty("quarter").GetString(), initiative.Double("averageLevel"), initiative.Int("assessments"), initiative.Double("school"), initiative.Double("workplace")));
        var punctuality = criteria[1].GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(("2025-Q1", 1.7, 10, 2.4, 1.0), (punctuality[0].GetProperty("quarter").GetString(), punctuality[0].Double("averageLevel"), punctuality[0].Int("assessments"), punctuality[0].Double("school"), punctuality[0].Double("workplace")));
        Assert.Equal("2025-Q2", punctuality[1].GetProperty("quarter").GetString());
        Assert.True(punctuality[1].GetProperty("suppressed").GetBoolean());
        Assert.True(punctuality[1].IsNull("averageLevel"));
        Assert.True(punctuality[1].IsNull("assessments"));
    }

    [Fact]
    public async Task Progression_follows_each_wish_to_its_goal_and_outcome()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);

        var report = await fixture.GetJsonAsync($"/api/insights/progression?crebo={programme.Crebo}&from=2024-01-01&to=2025-12-31");

        Assert.Equal(7, report.Int("studentsWithIntake"));
        var wishes = report.GetProperty("wishes").EnumerateArray().ToList();
        Assert.Equal(["work", "level3"], wishes.Select(w => w.GetProperty("wish").GetString()));
        Assert.True(wishes[0].GetProperty("suppressed").GetBoolean());
        Assert.True(wishes[0].IsNull("students"));
        Assert.True(wishes[0].IsNull("outcomes"));
        var level3 = wishes[1];
        Assert.Equal((5, 3, 1), (level3.Int("students"), level3.Int("followedUp"), level3.Int("goalMet")));
        var outcomes = level3.GetProperty("outcomes");
        Assert.Equal((2, 1, 1, 1), (outcomes.Int("stillEnrolled"), outcomes.Int("graduated"), outcomes.Int("movedUp"), outcomes.Int("leftEarly")));
    }

    [Fact]
    public async Task Every_section_is_suppressed_under_five_students()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);
        // In 2025 only S7's intake falls in the range: one student.
        var progression = await fixture.GetJsonAsync($"/api/insights/progression?crebo={programme.Crebo}&{Year2025}");
        AssertSuppressed(progression, "studentsWithIntake", "wishes");

        // Cohort 2025-B is S7 alone.
        var cohort = $"crebo={programme.Crebo}&cohort={SmallProgramme.NewCohort}&{Year2025}";
        AssertSuppressed(await fixture.GetJsonAsync($"/api/insights/early-leaving?{cohort}"), "students", "placements", "enrolments");
        AssertSuppressed(await fixture.GetJsonAsync($"/api/insights/signals?{cohort}"), "students", "total", "resolvedShare", "medianHoursToFirstResponse");
        AssertSuppressed(await fixture.GetJsonAsync($"/api/insights/assessments?{cohort}"), "studentsAssessed", "studentsWithDiscrepancy", "discrepancyShare");
        var companies = await fixture.GetJsonAsync($"/api/insights/companies?{cohort}");
        Assert.True(companies.GetProperty("suppressed").GetBoolean());
        Assert.Empty(companies.GetProperty("items").EnumerateArray());
        Assert.True(companies.IsNull("programmeAverage"));
    }

    [Fact]
    public async Task A_company_with_fewer_than_five_answers_has_no_average()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);
        var company = Guid.CreateVersion7();
        await fixture.InDatabaseAsync(async db =>
        {
            for (var i = 0; i < 4; i++)
            {
                db.Placements.Add(Facts.Placement(programme.Students[i], company, new DateOnly(2025, 10, 1)));
                db.Surveys.Add(Facts.AnsweredSurvey(programme.Students[i], programme.Crebo, company, new DateOnly(2025, 11, 1), 1));
            }

            return await db.SaveChangesAsync();
        });

        var page = await fixture.GetJsonAsync($"/api/insights/companies?crebo={programme.Crebo}&{Year2025}");

        var row = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("companyId").GetGuid() == company);
        Assert.Equal(4, row.Int("responses"));
        Assert.True(row.IsNull("averageScore"));
        Assert.True(row.GetProperty("scoresSuppressed").GetBoolean());
        Assert.Empty(row.GetProperty("flags").EnumerateArray());
        Assert.Equal(14, page.Int("programmeResponses"));
        Assert.Equal(Math.Round(34.0 / 14, 2), page.Double("programmeAverage"));
    }

    private static void AssertSuppressed(JsonElement report, params string[] hidden)
    {
        Assert.True(report.GetProperty("suppressed").GetBoolean());
        Assert.Equal(5, report.Int("minimum"));
        foreach (var name in hidden)
        {
            var value = report.GetProperty(name);
            Assert.True(value.ValueKind is JsonValueKind.Null || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0), $"{name} is {value}");
        }
    }

    /// <summary>"key:count", with "-" for a suppressed row (its count null).</summary>
    private static List<string> Rows(JsonElement rows, string key) =>
        [.. rows.EnumerateArray().Select(r =>
        {
            Assert.Equal(r.IsNull("count"), r.GetProperty("suppressed").GetBoolean());
            return $"{r.GetProperty(key)}:{(r.IsNull("count") ? "-" : r.Int("count").ToString(System.Globalization.CultureInfo.InvariantCulture))}";
        })];
}
