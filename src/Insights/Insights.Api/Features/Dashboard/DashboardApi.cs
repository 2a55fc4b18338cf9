using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Insights.Security;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.ServiceDefaults.Validation;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// The team dashboard (coordinators; mentors read-only for the programmes of their students, <see cref="DashboardScope"/>):
/// five sections of aggregates over the read model, each filtered by programme, cohort, period or dates
/// (<see cref="DashboardFilter"/>) and suppressed under five students (<see cref="Privacy"/>), plus their CSV exports
/// (<see cref="DashboardExportApi"/>).
/// </summary>
public static class DashboardApi
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddSingleton<DashboardCache>();
        return services;
    }

    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var dashboard = app.MapGroup("/api/insights").WithTags("Dashboard")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Coordinator, Roles.Mentor));
        dashboard.MapGet("/filters", FiltersAsync);
        dashboard.MapGet("/early-leaving", EarlyLeavingAsync);
        dashboard.MapGet("/companies", CompaniesAsync);
        dashboard.MapGet("/signals", SignalsAsync);
        dashboard.MapGet("/assessments", AssessmentsAsync);
        dashboard.MapGet("/progression", ProgressionAsync);
        dashboard.MapDashboardExportApi();
        return app;
    }

    private static async Task<Results<Ok<DashboardFilters>, ForbidHttpResult>> FiltersAsync(
        ClaimsPrincipal user, InsightsDbContext db, CancellationToken cancellationToken)
    {
        var scope = await DashboardScope.ForAsync(user, db, cancellationToken);
        return scope is null ? TypedResults.Forbid() : TypedResults.Ok(await FiltersQuery.RunAsync(db, scope, cancellationToken));
    }

    private static Task<Results<Ok<EarlyLeavingReport>, ForbidHttpResult>> EarlyLeavingAsync(
        [AsParameters] DashboardQuery query, ClaimsPrincipal user, InsightsDbContext db, TimeProvider clock, DashboardCache cache, CancellationToken cancellationToken) =>
        AnswerAsync(query, user, db, clock, cache, "EarlyLeaving", EarlyLeavingQuery.RunAsync, cancellationToken);

    private static Task<Results<Ok<SignalsReport>, ForbidHttpResult>> SignalsAsync(
        [AsParameters] DashboardQuery query, ClaimsPrincipal user, InsightsDbContext db, TimeProvider clock, DashboardCache cache, CancellationToken cancellationToken) =>
        AnswerAsync(query, user, db, clock, cache, "Signals", SignalsQuery.RunAsync, cancellationToken);

    private static Task<Results<Ok<AssessmentsReport>, ForbidHttpResult>> AssessmentsAsync(
        [AsParameters] DashboardQuery query, ClaimsPrincipal user, InsightsDbContext db, TimeProvider clock, DashboardCache cache, CancellationToken cancellationToken) =>
        AnswerAsync(query, user, db, clock, cache, "Assessments", AssessmentsQuery.RunAsync, cancellationToken);

    private static Task<Results<Ok<ProgressionReport>, ForbidHttpResult>> ProgressionAsync(
        [AsParameters] DashboardQuery query, ClaimsPrincipal user, InsightsDbContext db, TimeProvider clock, DashboardCache cache, CancellationToken cancellationToken) =>
        AnswerAsync(query, user, db, clock, cache, "Progression", ProgressionQuery.RunAsync, cancellationToken);

    /// <summary><c>page</c> from 1, <c>pageSize</c> 1–200 (default 50), <c>flaggedOnly</c>, <c>sort</c> = name | endedEarly | score.</summary>
    private static async Task<Results<Ok<CompaniesPage>, ForbidHttpResult>> CompaniesAsync(
        [AsParameters] DashboardQuery query, ClaimsPrincipal user, InsightsDbContext db, TimeProvider clock, DashboardCache cache, CancellationToken cancellationToken,
        int page = 1, int pageSize = 50, bool flaggedOnly = false, string? sort = null)
    {
        var sql = await OpenAsync(query, user, db, clock, cancellationToken);
        if (sql is null)
        {
            return TypedResults.Forbid();
        }

        var offset = Paging.Offset(page, pageSize, CompaniesQuery.MaxPageSize);
        var orderBy = CompaniesSort.OrderBy(sort);
        return TypedResults.Ok(await cache.GetAsync(
            $"companies|{page}|{pageSize}|{flaggedOnly}|{orderBy}", sql, (s, ct) => CompaniesQuery.RunAsync(s, page, pageSize, offset, flaggedOnly, orderBy, ct), cancellationToken));
    }

    private static async Task<Results<Ok<T>, ForbidHttpResult>> AnswerAsync<T>(
        DashboardQuery query, ClaimsPrincipal user, InsightsDbContext db, TimeProvider clock, DashboardCache cache, string name,
        Func<DashboardSql, CancellationToken, Task<T>> section, CancellationToken cancellationToken)
    {
        var sql = await OpenAsync(query, user, db, clock, cancellationToken);
        return sql is null ? TypedResults.Forbid() : TypedResults.Ok(await cache.GetAsync(name, sql, section, cancellationToken));
    }

    /// <summary>
    /// The caller's scope and the parsed filters, or null when they may not see it: a role that never sees the dashboard,
    /// or a mentor asking for a programme none of their students follows. The role is checked before the filters.
    /// </summary>
    internal static async Task<DashboardSql?> OpenAsync(
        DashboardQuery query, ClaimsPrincipal user, InsightsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var scope = await DashboardScope.ForAsync(user, db, cancellationToken);
        if (scope is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var filter = await DashboardFilter.ParseAsync(query.Crebo, query.Cohort, query.PeriodId, query.From, query.To, today, db, cancellationToken);
        if (filter.Crebo is not null && !scope.Allows(filter.Crebo))
        {
            return null;
        }

        return new DashboardSql(db, filter, scope.Programmes(filter.Crebo));
    }
}
