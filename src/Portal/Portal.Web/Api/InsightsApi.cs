using PartnershipHub.Portal.Auth;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Api;

/// <summary>The team dashboard and the end-of-placement surveys (the Insights service).</summary>
public sealed partial class InsightsApi(IHttpClientFactory httpClients, UserTokens tokens) : ApiClient(httpClients, tokens, ResourceNames.Insights)
{
    public const int CompaniesPageSize = 25;

    /// <summary>The dashboard's five sections, as the API and its CSV export name them.</summary>
    public static readonly IReadOnlyList<string> Sections = ["early-leaving", "companies", "signals", "assessments", "progression"];

    /// <summary>The programmes, cohorts and periods the signed-in person may filter on.</summary>
    public Task<ApiResult<InsightsFilters>> FiltersAsync(CancellationToken cancellationToken = default) =>
        GetAsync<InsightsFilters>("/api/insights/filters", cancellationToken);

    public Task<ApiResult<EarlyLeavingReport>> EarlyLeavingAsync(DashboardFilter filter, CancellationToken cancellationToken = default) =>
        GetAsync<EarlyLeavingReport>(Path("early-leaving", filter.ToQuery()), cancellationToken);

    /// <summary>One page of companies; <paramref name="sort"/> is <c>name</c>, <c>endedEarly</c> or <c>score</c>.</summary>
    public Task<ApiResult<CompanyPage>> CompaniesAsync(DashboardFilter filter, int page, bool flaggedOnly, string sort, CancellationToken cancellationToken = default) =>
        GetAsync<CompanyPage>(
            Path("companies", filter.ToQuery($"page={page}&pageSize={CompaniesPageSize}&flaggedOnly={(flaggedOnly ? "true" : "false")}&sort={Uri.EscapeDataString(sort)}")),
            cancellationToken);

    public Task<ApiResult<SignalsReport>> SignalsAsync(DashboardFilter filter, CancellationToken cancellationToken = default) =>
        GetAsync<SignalsReport>(Path("signals", filter.ToQuery()), cancellationToken);

    public Task<ApiResult<AssessmentsReport>> AssessmentsAsync(DashboardFilter filter, CancellationToken cancellationToken = default) =>
        GetAsync<AssessmentsReport>(Path("assessments", filter.ToQuery()), cancellationToken);

    public Task<ApiResult<ProgressionReport>> ProgressionAsync(DashboardFilter filter, CancellationToken cancellationToken = default) =>
        GetAsync<ProgressionReport>(Path("progression", filter.ToQuery()), cancellationToken);

    /// <summary>The surveys addressed to me (student or praktijkopleider).</summary>
    public Task<ApiResult<MySurveys>> MySurveysAsync(CancellationToken cancellationToken = default) =>
        GetAsync<MySurveys>("/api/insights/surveys/mine", cancellationToken);

    /// <summary>404 for someone else's survey, whether it exists or not.</summary>
    public Task<ApiResult<SurveyView>> SurveyAsync(Guid surveyId, CancellationToken cancellationToken = default) =>
        GetAsync<SurveyView>($"/api/insights/surveys/{surveyId}", cancellationToken);

    /// <summary>400 <c>scores.&lt;key&gt;</c> or <c>comment</c>; 409 <c>survey-answered</c>, <c>survey-closed</c>.</summary>
    public Task<ApiResult<SurveyView>> AnswerSurveyAsync(Guid surveyId, SurveyAnswersRequest answers, CancellationToken cancellationToken = default) =>
        PostAsync<SurveyView>($"/api/insights/surveys/{surveyId}/answers", answers, cancellationToken);

    /// <summary>A company's results for its praktijkopleider or a coordinator; 403 for anyone else.</summary>
    public Task<ApiResult<CompanySurveyResults>> CompanySurveyResultsAsync(Guid companyId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default) =>
        GetAsync<CompanySurveyResults>(
            $"/api/insights/companies/{companyId}/survey-results" + (new DashboardFilter(null, null, null, from, to).ToQuery() is { Length: > 0 } query ? "?" + query : ""),
            cancellationToken);

    private static string Path(string section, string query) =>
        query.Length == 0 ? $"/api/insights/{section}" : $"/api/insights/{section}?{query}";
}
