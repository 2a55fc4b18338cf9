namespace PartnershipHub.Insights.Tests.Dashboard;

/// <summary>The filters narrow what is counted: cohort, a period (its dates), from/to, and the companies page's options.</summary>
public sealed class DashboardFilterTests(InsightsApiFixture fixture) : IClassFixture<InsightsApiFixture>
{
    [Fact]
    public async Task A_cohort_counts_only_its_students()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);

        var report = await fixture.GetJsonAsync($"/api/insights/early-leaving?crebo={programme.Crebo}&cohort={SmallProgramme.OldCohort}&from=2025-01-01&to=2025-12-31");

        Assert.Equal(6, report.Int("students"));
        Assert.Equal(7, report.GetProperty("placements").Int("started"));
        Assert.Equal(5, report.GetProperty("placements").Int("endedEarly"));
        Assert.Equal(6, report.GetProperty("enrolments").Int("enrolled"));
    }

    [Fact]
    public async Task A_period_sets_the_range_to_its_dates()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);
        var period = new Domain.PeriodFact { Id = Guid.CreateVersion7(), Name = "2025 autumn", Start = new DateOnly(2025, 9, 1), End = new DateOnly(2025, 12, 31) };
        await fixture.InDatabaseAsync(async db =>
        {
            db.Periods.Add(period);
            return await db.SaveChangesAsync();
        });

        var report = await fixture.GetJsonAsync($"/api/insights/early-leaving?crebo={programme.Crebo}&periodId={period.Id}&from=2020-01-01");
        var signals = await fixture.GetJsonAsync($"/api/insights/signals?crebo={programme.Crebo}&periodId={period.Id}");

        Assert.Equal(1, report.GetProperty("placements").Int("started"));
        Assert.Equal(1, report.GetProperty("placements").Int("endedEarly"));
        // S1 left early in March and S3 graduated in July: five enrolled in the autumn.
        Assert.Equal(5, report.GetProperty("enrolments").Int("enrolled"));
        Assert.True(signals.GetProperty("suppressed").GetBoolean());
    }

    [Fact]
    public async Task From_and_to_bound_the_range()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);

        var autumn = await fixture.GetJsonAsync($"/api/insights/early-leaving?crebo={programme.Crebo}&from=2025-06-01&to=2025-12-31");
        var spring = await fixture.GetJsonAsync($"/api/insights/companies?crebo={programme.Crebo}&from=2025-01-01&to=2025-05-31");

        Assert.Equal(2, autumn.GetProperty("placements").Int("started"));
        Assert.Equal(0, autumn.GetProperty("enrolments").Int("leftEarly"));
        var rows = spring.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("companyId").GetGuid(), i => (i.Int("started"), i.Int("responses")));
        Assert.Equal((5, 5), rows[programme.CompanyA]);
        Assert.Equal((1, 0), rows[programme.CompanyB]);
    }

    [Fact]
    public async Task The_default_range_is_the_last_three_years()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await fixture.InDatabaseAsync(async db =>
        {
            foreach (var student in programme.Students.Take(5))
            {
                db.Placements.Add(Facts.Placement(student, programme.CompanyA, today.AddYears(-3).AddDays(2)));
                db.Placements.Add(Facts.Placement(student, programme.CompanyA, today.AddYears(-3).AddDays(-2)));
            }

            return await db.SaveChangesAsync();
        });

        var report = await fixture.GetJsonAsync($"/api/insights/companies?crebo={programme.Crebo}&from={today.AddYears(-3):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        var byDefault = await fixture.GetJsonAsync($"/api/insights/companies?crebo={programme.Crebo}");

        Assert.Equal(report.GetRawText(), byDefault.GetRawText());
    }

    [Fact]
    public async Task Companies_page_sort_and_flagged_only()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);
        // Six more companies, one placement each, all completed: no flags.
        await fixture.InDatabaseAsync(async db =>
        {
            for (var i = 0; i < 6; i++)
            {
                var company = new Domain.CompanyFact { Id = Guid.CreateVersion7(), Name = $"Gamma {i} {programme.Crebo}", Active = true, Version = 1 };
                db.Companies.Add(company);
                db.Placements.Add(Facts.Placement(programme.Students[i], company.Id, new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 1)));
            }

            return await db.SaveChangesAsync();
        });
        var range = $"crebo={programme.Crebo}&from=2025-01-01&to=2025-12-31";

        var first = await fixture.GetJsonAsync($"/api/insights/companies?{range}&pageSize=3");
        var third = await fixture.GetJsonAsync($"/api/insights/companies?{range}&pageSize=3&page=3");
        var beyond = await fixture.GetJsonAsync($"/api/insights/companies?{range}&pageSize=3&page=4");
        var flagged = await fixture.GetJsonAsync($"/api/insights/companies?{range}&flaggedOnly=true");
        var byScore = await fixture.GetJsonAsync($"/api/insights/companies?{range}&sort=score&pageSize=2");
        var byEndings = await fixture.GetJsonAsync($"/api/insights/companies?{range}&sort=endedEarly&pageSize=2");

        Assert.Equal((8, 1, 3), (first.Int("total"), first.Int("page"), first.Int("pageSize")));
        Assert.Equal([programme.CompanyAName, programme.CompanyBName, $"Gamma 0 {programme.Crebo}"], Names(first));
        Assert.Equal([$"Gamma 4 {programme.Crebo}", $"Gamma 5 {programme.Crebo}"], Names(third));
        Assert.Equal(8, beyond.Int("total"));
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
        Assert.Equal(1, flagged.Int("total"));
        Assert.Equal([programme.CompanyAName], Names(flagged));
        Assert.Equal([programme.CompanyAName, programme.CompanyBName], Names(byScore));
        Assert.Equal([programme.CompanyAName, programme.CompanyBName], Names(byEndings));
    }

    [Fact]
    public async Task Early_endings_more_than_a_year_apart_raise_no_flag_and_low_scores_count_against_the_programme()
    {
        var crebo = Facts.NewCrebo();
        var spread = Guid.CreateVersion7();
        var below = Guid.CreateVersion7();
        await fixture.InDatabaseAsync(async db =>
        {
            var students = Enumerable.Range(0, 6).Select(_ => Facts.Student(crebo, "2023-X", new DateOnly(2023, 9, 1))).ToList();
            db.Students.AddRange(students);
            db.Placements.Add(Facts.Placement(students[0], spread, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 20), Contracts.PlacementEndReason.Other));
            db.Placements.Add(Facts.Placement(students[1], spread, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 21), Contracts.PlacementEndReason.Other));
            for (var i = 0; i < 5; i++)
            {
                db.Surveys.Add(Facts.AnsweredSurvey(students[i], crebo, Guid.CreateVersion7(), new DateOnly(2024, 6, 1), 5));
                db.Surveys.Add(Facts.AnsweredSurvey(students[i], crebo, Guid.CreateVersion7(), new DateOnly(2024, 6, 1), 5));
                db.Surveys.Add(Facts.AnsweredSurvey(students[i], crebo, Guid.CreateVersion7(), new DateOnly(2024, 6, 1), 5));
                db.Surveys.Add(Facts.AnsweredSurvey(students[i], crebo, below, new DateOnly(2024, 6, 1), i < 3 ? 4 : 3));
            }

            return await db.SaveChangesAsync();
        });

        var page = await fixture.GetJsonAsync($"/api/insights/companies?crebo={crebo}&from=2023-06-01&to=2025-06-01");

        // Programme: 15 × 5 + 3 × 4 + 2 × 3 = 93 over 20 = 4.65; the company 18 / 5 = 3.6, 1.05 below.
        Assert.Equal(4.65, page.Double("programmeAverage"));
        var rows = page.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("companyId").GetGuid());
        Assert.Empty(rows[spread].GetProperty("flags").EnumerateArray());
        Assert.Equal(2, rows[spread].Int("endedEarly"));
        Assert.Equal(3.6, rows[below].Double("averageScore"));
        Assert.Equal(["lowScores"], rows[below].GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
    }

    private static List<string?> Names(System.Text.Json.JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString())];
}
