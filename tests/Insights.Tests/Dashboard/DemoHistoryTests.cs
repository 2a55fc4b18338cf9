using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Insights.Tests.Dashboard;

/// <summary>The demo history: a fresh demo dashboard shows figures, the demo trainer's company has answers, and it seeds once.</summary>
public sealed class DemoHistoryTests(DemoHistoryFixture fixture) : IClassFixture<DemoHistoryFixture>
{
    [Fact]
    public async Task A_fresh_demo_dashboard_shows_every_section_for_each_demo_programme()
    {
        await fixture.InDatabaseAsync(db => db.Students.CountAsync());

        foreach (var crebo in new[] { DemoQualifications.Retail, DemoQualifications.Carpentry, DemoQualifications.Hairdressing })
        {
            foreach (var section in new[] { "early-leaving", "signals", "assessments", "progression", "companies" })
            {
                var report = await fixture.GetJsonAsync($"/api/insights/{section}?crebo={crebo}");
                Assert.False(report.GetProperty("suppressed").GetBoolean(), $"{section} of {crebo} is suppressed");
            }

            var companies = await fixture.GetJsonAsync($"/api/insights/companies?crebo={crebo}&sort=score");
            Assert.InRange(companies.GetProperty("programmeAverage").GetDouble(), 1.0, 5.0);
            Assert.Contains(companies.GetProperty("items").EnumerateArray(), c => !c.GetProperty("scoresSuppressed").GetBoolean());
        }

        // The demo mentor sees the programmes of their (synthetic) students too.
        var mentor = await fixture.GetJsonAsync("/api/insights/filters", TestTokens.Mentor(fixture.Audience, DemoIds.Mentor));
        Assert.NotEmpty(mentor.GetProperty("programmes").EnumerateArray());
    }

    [Fact]
    public async Task The_history_is_synthetic_sized_and_gives_the_demo_company_answers()
    {
        var (students, answeredAtDemoCompany, demoIds, earlyEndings, leftEarly) = await fixture.InDatabaseAsync(async db => (
            await db.Students.CountAsync(),
            await db.Surveys.CountAsync(s => s.CompanyId == DemoIds.Company && s.Respondent == SurveyRespondent.Student && s.AnsweredAt != null),
            await db.Students.CountAsync(s => s.Id.ToString().StartsWith("5eed")),
            await db.Placements.CountAsync(p => p.EndedEarly && p.EndReason != null),
            await db.Students.CountAsync(s => s.LeavingReason != null)));

        Assert.Equal(DemoHistorySeed.Students, students);
        Assert.True(answeredAtDemoCompany >= 6, $"{answeredAtDemoCompany} answered student surveys at the demo company");
        Assert.Equal(0, demoIds);
        Assert.True(earlyEndings > 10 && leftEarly > 10, $"{earlyEndings} early endings, {leftEarly} left early");
    }

    [Fact]
    public async Task A_second_start_adds_nothing()
    {
        var before = await CountsAsync();

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var seed = scope.ServiceProvider.GetServices<IStartupSeed>().OfType<DemoHistorySeed>().Single();
            Assert.Equal(SeedOutcome.Done, await seed.RunAsync(scope.ServiceProvider, CancellationToken.None));
        }

        Assert.Equal(before, await CountsAsync());
    }

    private Task<(int, int, int, int, int)> CountsAsync() =>
        fixture.InDatabaseAsync(async db => (
            await db.Students.CountAsync(), await db.Placements.CountAsync(), await db.Surveys.CountAsync(), await db.Signals.CountAsync(), await db.AssessmentLevels.CountAsync()));
}
