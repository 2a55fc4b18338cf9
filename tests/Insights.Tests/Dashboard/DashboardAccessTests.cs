using System.Net;
using PartnershipHub.Testing;

namespace PartnershipHub.Insights.Tests.Dashboard;

/// <summary>Who sees the dashboard: coordinators everything, mentors their students' programmes, nobody else anything.</summary>
public sealed class DashboardAccessTests(InsightsApiFixture fixture) : IClassFixture<InsightsApiFixture>
{
    public static readonly TheoryData<string> Paths =
    [
        "/api/insights/filters",
        "/api/insights/early-leaving",
        "/api/insights/companies",
        "/api/insights/signals",
        "/api/insights/assessments",
        "/api/insights/progression",
        "/api/insights/early-leaving/export",
        "/api/insights/companies/export",
        "/api/insights/signals/export",
        "/api/insights/assessments/export",
        "/api/insights/progression/export",
    ];

    /// <summary>The sections and exports, which take a programme (the filters list takes none).</summary>
    public static readonly TheoryData<string> FilteredPaths =
    [
        "/api/insights/early-leaving",
        "/api/insights/companies",
        "/api/insights/signals",
        "/api/insights/assessments",
        "/api/insights/progression",
        "/api/insights/early-leaving/export",
        "/api/insights/companies/export",
        "/api/insights/signals/export",
        "/api/insights/assessments/export",
        "/api/insights/progression/export",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Students_trainers_teachers_care_and_operators_are_refused(string path)
    {
        var audience = fixture.Audience;
        string[] tokens =
        [
            TestTokens.Student(audience, Guid.NewGuid()),
            TestTokens.Trainer(audience, Guid.NewGuid()),
            TestTokens.Teacher(audience, Guid.NewGuid()),
            TestTokens.Care(audience, Guid.NewGuid()),
            TestTokens.Operator(audience),
        ];
        foreach (var token in tokens)
        {
            Assert.Equal(HttpStatusCode.Forbidden, await fixture.StatusAsync(path, token));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().GetAsync(path)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(FilteredPaths))]
    public async Task A_mentor_sees_the_programme_of_their_students_and_not_another(string path)
    {
        var own = await SmallProgramme.ArrangeAsync(fixture);
        var other = await SmallProgramme.ArrangeAsync(fixture);
        var mentor = TestTokens.Mentor(fixture.Audience, own.Mentor);

        Assert.Equal(HttpStatusCode.OK, await fixture.StatusAsync($"{path}?crebo={own.Crebo}", mentor));
        Assert.Equal(HttpStatusCode.Forbidden, await fixture.StatusAsync($"{path}?crebo={other.Crebo}", mentor));
    }

    [Fact]
    public async Task A_mentor_without_a_programme_given_counts_only_their_programmes()
    {
        var own = await SmallProgramme.ArrangeAsync(fixture);
        await SmallProgramme.ArrangeAsync(fixture);
        var mentor = TestTokens.Mentor(fixture.Audience, own.Mentor);

        var filters = await fixture.GetJsonAsync("/api/insights/filters", mentor);
        var report = await fixture.GetJsonAsync("/api/insights/early-leaving?from=2025-01-01&to=2025-12-31", mentor);

        Assert.Equal([own.Crebo], filters.GetProperty("programmes").EnumerateArray().Select(p => p.GetProperty("crebo").GetString()));
        Assert.Equal([SmallProgramme.OldCohort, SmallProgramme.NewCohort], filters.GetProperty("cohorts").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(7, report.Int("students"));
    }

    [Fact]
    public async Task A_mentor_of_nobody_and_a_mentor_token_without_staff_id_see_nothing()
    {
        await SmallProgramme.ArrangeAsync(fixture);
        var stranger = TestTokens.Mentor(fixture.Audience, Guid.NewGuid());

        var report = await fixture.GetJsonAsync("/api/insights/early-leaving", stranger);
        var filters = await fixture.GetJsonAsync("/api/insights/filters", stranger);

        Assert.True(report.GetProperty("suppressed").GetBoolean());
        Assert.Empty(filters.GetProperty("programmes").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, await fixture.StatusAsync("/api/insights/early-leaving", TestTokens.For(fixture.Audience, "mentor")));
    }

    [Fact]
    public async Task A_coordinator_sees_every_programme_in_the_filters()
    {
        var first = await SmallProgramme.ArrangeAsync(fixture);
        var second = await SmallProgramme.ArrangeAsync(fixture);
        var period = new Domain.PeriodFact { Id = Guid.CreateVersion7(), Name = "2025-2026 BPV 1", Start = new DateOnly(2025, 9, 1), End = new DateOnly(2026, 1, 31) };
        await fixture.InDatabaseAsync(async db =>
        {
            db.Periods.Add(period);
            return await db.SaveChangesAsync();
        });

        var filters = await fixture.GetJsonAsync("/api/insights/filters");

        var programmes = filters.GetProperty("programmes").EnumerateArray().ToList();
        Assert.Contains(programmes, p => p.GetProperty("crebo").GetString() == first.Crebo && p.GetProperty("name").GetString() == $"Programme {first.Crebo}" && p.Int("level") == 2);
        Assert.Contains(programmes, p => p.GetProperty("crebo").GetString() == second.Crebo);
        var listed = filters.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == period.Id);
        Assert.Equal(("2025-2026 BPV 1", "2025-09-01", "2026-01-31"), (listed.GetProperty("name").GetString(), listed.GetProperty("start").GetString(), listed.GetProperty("end").GetString()));
    }
}
