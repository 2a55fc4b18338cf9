using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Companies.Security;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Companies.Features.Capacity;

/// <summary>
/// Places per qualification per period. <c>PUT</c> sets the listed (period, crebo) entries and leaves unlisted
/// ones as they are; 0 places withdraws an entry. Only changed entries publish <c>CapacityPublished</c>.
/// </summary>
public static class CapacityApi
{
    public static IEndpointRouteBuilder MapCapacityApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/companies/{id:guid}/capacity").WithTags("Capacity");
        group.MapGet("/", GetCapacity).RequireAuthorization(Policies.StaffOrTrainer);
        group.MapPut("/", SetCapacity).RequireAuthorization(Policies.Coordinator);
        return app;
    }

    private static async Task<Results<Ok<List<CapacityResponse>>, NotFound, ForbidHttpResult>> GetCapacity(
        Guid id, ClaimsPrincipal user, CompaniesDbContext db, CancellationToken cancellationToken)
    {
        if (!user.CanRead(id))
        {
            return TypedResults.Forbid();
        }

        if (!await db.Companies.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await Read(db, id, cancellationToken));
    }

    private static async Task<Results<Ok<List<CapacityResponse>>, NotFound>> SetCapacity(
        Guid id, IReadOnlyList<CapacityItem?> items, CompaniesDbContext db, CancellationToken cancellationToken)
    {
        var requested = items.Select(Validate).ToList();
        var duplicate = requested.GroupBy(r => (r.Period.Id, r.Crebo)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var index = requested.FindLastIndex(r => (r.Period.Id, r.Crebo) == duplicate.Key);
            throw new FieldValidationException($"[{index}]", "Each period and crebo appear once.");
        }

        var company = await db.Companies
            .Include(c => c.Accreditations)
            .Include(c => c.Capacity)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return TypedResults.NotFound();
        }

        var periods = await KnownPeriods(db, requested.Select(r => r.Period), cancellationToken);
        foreach (var (index, (period, crebo, places)) in requested.Index())
        {
            var known = periods[period.Id];
            if (company.SetCapacity(known, crebo, places, $"[{index}]"))
            {
                db.CapacityPublished(company, known, company.Capacity.First(c => c.PeriodId == known.Id && c.Crebo == crebo));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await Read(db, id, cancellationToken));
    }

    private static (Period Period, string Crebo, int Places) Validate(CapacityItem? item, int index)
    {
        var field = $"[{index}]";
        var start = item?.PeriodStart ?? throw new FieldValidationException($"{field}.periodStart", "This field is required.");
        var end = item.PeriodEnd ?? throw new FieldValidationException($"{field}.periodEnd", "This field is required.");
        if (end < start || end > start.AddYears(Period.MaxYears))
        {
            throw new FieldValidationException($"{field}.periodEnd", $"A period ends on or after its start, at most {Period.MaxYears} years later.");
        }

        var period = Period.Create(item.PeriodName, start, end, field);
        var crebo = Crebo.Parse(item.Crebo, $"{field}.crebo");
        var places = item.Places ?? throw new FieldValidationException($"{field}.places", "This field is required.");
        return (period, crebo, places);
    }

    /// <summary>The stored period for each requested one, adding new names and refusing a second date range for a known name.</summary>
    private static async Task<Dictionary<Guid, Period>> KnownPeriods(CompaniesDbContext db, IEnumerable<Period> requested, CancellationToken cancellationToken)
    {
        var wanted = requested.DistinctBy(p => p.Id).ToList();
        var ids = wanted.Select(p => p.Id).ToList();
        var stored = await db.Periods.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var period in wanted)
        {
            if (stored.TryGetValue(period.Id, out var existing))
            {
                existing.EnsureSameDates(period);
            }
            else
            {
                db.Periods.Add(period);
                stored[period.Id] = period;
            }
        }

        return stored;
    }

    private static Task<List<CapacityResponse>> Read(CompaniesDbContext db, Guid id, CancellationToken cancellationToken) =>
        (from entry in db.Capacity
         join period in db.Periods on entry.PeriodId equals period.Id
         where entry.CompanyId == id
         orderby period.Start, period.Name, entry.Crebo
         select new CapacityResponse(period.Id, period.Name, period.Start, period.End, entry.Crebo, entry.Places))
        .ToListAsync(cancellationToken);
}
