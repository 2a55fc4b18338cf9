using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// <c>GET /api/insights/{section}/export?…&amp;language=nl|en</c>: a section as a CSV file with the same filters, scope and
/// suppression as its JSON, headers and labels in the language, and no student's id or name (there are none to give).
/// </summary>
internal static class DashboardExportApi
{
    public static RouteGroupBuilder MapDashboardExportApi(this RouteGroupBuilder dashboard)
    {
        dashboard.MapGet("/early-leaving/export", (HttpContext context, [AsParameters] DashboardQuery query, string? language) =>
            ExportAsync(context, query, "early-leaving", language, async (sql, texts, ct) => DashboardCsv.EarlyLeaving(await EarlyLeavingQuery.RunAsync(sql, ct), texts)))
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        dashboard.MapGet("/companies/export", (HttpContext context, [AsParameters] DashboardQuery query, string? language, bool flaggedOnly = false, string? sort = null) =>
            ExportAsync(context, query, "companies", language, async (sql, texts, ct) =>
            {
                var orderBy = CompaniesSort.OrderBy(sort);
                var (average, responses) = await CompaniesQuery.ProgrammeAverageAsync(sql, ct);
                var (rows, students, _) = await CompaniesQuery.RowsAsync(sql, average, flaggedOnly, orderBy, null, 0, ct);
                return DashboardCsv.Companies(Privacy.Suppressed(students), rows, average, texts);
            }))
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        dashboard.MapGet("/signals/export", (HttpContext context, [AsParameters] DashboardQuery query, string? language) =>
            ExportAsync(context, query, "signals", language, async (sql, texts, ct) => DashboardCsv.Signals(await SignalsQuery.RunAsync(sql, ct), texts)))
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        dashboard.MapGet("/assessments/export", (HttpContext context, [AsParameters] DashboardQuery query, string? language) =>
            ExportAsync(context, query, "assessments", language, async (sql, texts, ct) => DashboardCsv.Assessments(await AssessmentsQuery.RunAsync(sql, ct), texts)))
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        dashboard.MapGet("/progression/export", (HttpContext context, [AsParameters] DashboardQuery query, string? language) =>
            ExportAsync(context, query, "progression", language, async (sql, texts, ct) => DashboardCsv.Progression(await ProgressionQuery.RunAsync(sql, ct), texts)))
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        return dashboard;
    }

    private static async Task<Results<FileContentHttpResult, ForbidHttpResult>> ExportAsync(
        HttpContext context, DashboardQuery query, string section, string? language, Func<DashboardSql, CsvTexts, CancellationToken, Task<CsvTable>> write)
    {
        var cancellationToken = context.RequestAborted;
        var services = context.RequestServices;
        var db = services.GetRequiredService<InsightsDbContext>();
        var sql = await DashboardApi.OpenAsync(query, context.User, db, services.GetRequiredService<TimeProvider>(), cancellationToken);
        if (sql is null)
        {
            return TypedResults.Forbid();
        }

        var texts = CsvTexts.For(language);
        var table = await write(sql, texts, cancellationToken);
        var name = $"insights-{section}-{sql.Filter.From:yyyy-MM-dd}-{sql.Filter.To:yyyy-MM-dd}-{texts.Language}.csv";
        return TypedResults.File(table.ToBytes(), "text/csv; charset=utf-8", name);
    }
}
