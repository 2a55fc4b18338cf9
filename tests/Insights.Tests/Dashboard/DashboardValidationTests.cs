namespace PartnershipHub.Insights.Tests.Dashboard;

/// <summary>Every filter that is malformed, unknown or out of range is a 400 naming its field, never a 500.</summary>
public sealed class DashboardValidationTests(InsightsApiFixture fixture) : IClassFixture<InsightsApiFixture>
{
    [Theory]
    [InlineData("/api/insights/early-leaving?crebo=12ab5", "crebo")]
    [InlineData("/api/insights/signals?crebo=1234", "crebo")]
    [InlineData("/api/insights/assessments?crebo=1234567", "crebo")]
    [InlineData("/api/insights/progression?cohort=", "cohort")]
    [InlineData("/api/insights/companies?cohort=abcdefghijklmnopqrstu", "cohort")]
    [InlineData("/api/insights/early-leaving?periodId=not-a-period", "periodId")]
    [InlineData("/api/insights/early-leaving?periodId=0195a0e0-0000-7000-8000-000000000000", "periodId")]
    [InlineData("/api/insights/signals?from=2025-13-01", "from")]
    [InlineData("/api/insights/signals?to=yesterday", "to")]
    [InlineData("/api/insights/assessments?from=2025-06-01&to=2025-05-31", "to")]
    [InlineData("/api/insights/progression?from=2019-01-01&to=2025-01-02", "from")]
    [InlineData("/api/insights/companies?page=0", "page")]
    [InlineData("/api/insights/companies?pageSize=201", "pageSize")]
    [InlineData("/api/insights/companies?pageSize=0", "pageSize")]
    [InlineData("/api/insights/companies?sort=size", "sort")]
    [InlineData("/api/insights/companies?flaggedOnly=maybe", "flaggedOnly")]
    [InlineData("/api/insights/companies?page=two", "page")]
    [InlineData("/api/insights/early-leaving/export?language=de", "language")]
    [InlineData("/api/insights/companies/export?sort=size", "sort")]
    [InlineData("/api/insights/signals/export?from=2025-02-30", "from")]
    public async Task A_bad_filter_is_a_400_naming_the_field(string path, string field) =>
        await fixture.AssertBadRequestAsync(path, field);

    [Fact]
    public async Task Five_years_exactly_is_allowed()
    {
        var report = await fixture.GetJsonAsync("/api/insights/early-leaving?from=2020-01-01&to=2025-01-01");

        Assert.Equal(5, report.Int("minimum"));
    }
}
