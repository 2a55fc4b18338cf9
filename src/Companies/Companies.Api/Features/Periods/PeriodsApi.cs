using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Companies.Features.Periods;

/// <summary>
/// The school's placement periods: the list a coordinator chooses from when publishing capacity. They live in the
/// <c>periods</c> table that capacity already refers to, so every period with published places is listed, and a
/// coordinator declares the next one before any company has places in it. A name means one date range for good.
/// </summary>
public static class PeriodsApi
{
    public static IEndpointRouteBuilder MapPeriodsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/periods").WithTags("Periods");
        group.MapGet("/", ListPeriods).RequireAuthorization(Policies.Staff);
        group.MapPost("/", DeclarePeriod).RequireAuthorization(Policies.Coordinator);
        return app;
    }

    /// <summary>Periods by start date; ended ones only when asked (<c>includeEnded=true</c>), since nobody publishes places for them.</summary>
    private static async Task<Ok<List<PeriodResponse>>> ListPeriods(
        bool? includeEnded, CompaniesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = Today(clock);
        var periods = db.Periods.AsNoTracking();
        if (includeEnded != true)
        {
            periods = periods.Where(p => p.End >= today);
        }

        var list = await periods.OrderBy(p => p.Start).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.Select(p => PeriodResponse.From(p, today)).ToList());
    }

    /// <summary>201 for a new period; 200 when the name already means these dates; 409 <c>period-dates-differ</c> when it means others.</summary>
    private static async Task<Results<Created<PeriodResponse>, Ok<PeriodResponse>>> DeclarePeriod(
        PeriodRequest request, CompaniesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var start = request.Start ?? throw new FieldValidationException("start", "This field is required.");
        var end = request.End ?? throw new FieldValidationException("end", "This field is required.");
        var period = Period.Create(request.Name, start, end, field: "");
        var today = Today(clock);
        var existing = await db.Periods.FirstOrDefaultAsync(p => p.Id == period.Id, cancellationToken);
        if (existing is not null)
        {
            existing.EnsureSameDates(period);
            return TypedResults.Ok(PeriodResponse.From(existing, today));
        }

        db.Periods.Add(period);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/periods/{period.Id}", PeriodResponse.From(period, today));
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
