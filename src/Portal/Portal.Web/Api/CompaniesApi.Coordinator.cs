using System.Globalization;

namespace PartnershipHub.Portal.Api;

/// <summary>The coordinator's company screens: the filtered list, a company's details, accreditations, trainers, capacity, periods.</summary>
public sealed partial class CompaniesApi
{
    public Task<ApiResult<PagedList<CompanyListRow>>> SearchAsync(CompanyListFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = new List<string> { $"page={page}", $"pageSize={pageSize}" };
        Add(query, "text", filter.Text);
        Add(query, "city", filter.City);
        Add(query, "crebo", filter.Crebo);
        Add(query, "near", filter.Near);
        if (!string.IsNullOrWhiteSpace(filter.Near))
        {
            query.Add("radiusKm=50");
        }
        if (filter.Accredited is { } accredited)
        {
            query.Add($"accredited={(accredited ? "true" : "false")}");
        }

        if (filter.WithPlaces)
        {
            query.Add("withPlaces=true");
        }

        if (filter.PeriodId is { } periodId)
        {
            query.Add($"periodId={periodId}");
        }

        return GetAsync<PagedList<CompanyListRow>>("/api/companies?" + string.Join("&", query), cancellationToken);
    }

    public Task<ApiResult<CompanyView>> GetCompanyAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<CompanyView>($"/api/companies/{id}", cancellationToken);

    public Task<ApiResult<CompanyView>> RegisterAsync(CompanyWrite company, CancellationToken cancellationToken = default) =>
        PostAsync<CompanyView>("/api/companies", company, cancellationToken);

    public Task<ApiResult<CompanyView>> UpdateAsync(Guid id, CompanyWrite company, CancellationToken cancellationToken = default) =>
        PutAsync<CompanyView>($"/api/companies/{id}", company, cancellationToken);

    public Task<ApiResult<List<CompanyAccreditation>>> AccreditationsAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<List<CompanyAccreditation>>($"/api/companies/{id}/accreditations", cancellationToken);

    public Task<ApiResult<CompanyAccreditation>> GrantAccreditationAsync(Guid id, CompanyAccreditationGrant grant, CancellationToken cancellationToken = default) =>
        PostAsync<CompanyAccreditation>($"/api/companies/{id}/accreditations", grant, cancellationToken);

    public Task<ApiResult<CompanyAccreditation>> WithdrawAccreditationAsync(Guid id, string crebo, string reason, CancellationToken cancellationToken = default) =>
        SendAsync<CompanyAccreditation>(
            HttpMethod.Delete, $"/api/companies/{id}/accreditations/{Uri.EscapeDataString(crebo)}?reason={Uri.EscapeDataString(reason)}", null, cancellationToken);

    public Task<ApiResult<List<CompanyTrainer>>> TrainersAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<List<CompanyTrainer>>($"/api/companies/{id}/trainers", cancellationToken);

    public Task<ApiResult<CompanyTrainer>> RegisterTrainerAsync(Guid id, CompanyTrainerWrite trainer, CancellationToken cancellationToken = default) =>
        PostAsync<CompanyTrainer>($"/api/companies/{id}/trainers", trainer, cancellationToken);

    public Task<ApiResult<CompanyTrainer>> UpdateTrainerAsync(Guid id, Guid trainerId, CompanyTrainerWrite trainer, CancellationToken cancellationToken = default) =>
        PutAsync<CompanyTrainer>($"/api/companies/{id}/trainers/{trainerId}", trainer, cancellationToken);

    public Task<ApiResult<NoContent>> EraseTrainerAsync(Guid id, Guid trainerId, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/companies/{id}/trainers/{trainerId}/erase", null, cancellationToken);

    public Task<ApiResult<List<CompanyCapacity>>> SetCapacityAsync(Guid id, List<CompanyCapacityWrite> places, CancellationToken cancellationToken = default) =>
        PutAsync<List<CompanyCapacity>>($"/api/companies/{id}/capacity", places, cancellationToken);

    public Task<ApiResult<List<CompanyPeriod>>> PeriodsAsync(bool includeEnded = false, CancellationToken cancellationToken = default) =>
        GetAsync<List<CompanyPeriod>>(includeEnded ? "/api/periods?includeEnded=true" : "/api/periods", cancellationToken);

    public Task<ApiResult<CompanyPeriod>> DeclarePeriodAsync(CompanyPeriodWrite period, CancellationToken cancellationToken = default) =>
        PostAsync<CompanyPeriod>("/api/periods", period, cancellationToken);

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={Uri.EscapeDataString(value.Trim())}"));
        }
    }
}
