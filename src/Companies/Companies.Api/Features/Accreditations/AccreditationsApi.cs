using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Features.Capacity;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Companies.Security;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Companies.Features.Accreditations;

/// <summary>Accreditations (erkenningen) per qualification. Coordinators grant, extend and revoke; readers as for the company.</summary>
public static class AccreditationsApi
{
    public static IEndpointRouteBuilder MapAccreditationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/companies/{id:guid}/accreditations").WithTags("Accreditations");
        group.MapGet("/", ListAccreditations).RequireAuthorization(Policies.StaffOrTrainer);
        group.MapPost("/", GrantAccreditation).RequireAuthorization(Policies.Coordinator);
        group.MapDelete("/{crebo}", RevokeAccreditation).RequireAuthorization(Policies.Coordinator);
        return app;
    }

    private static async Task<Results<Ok<List<AccreditationResponse>>, NotFound, ForbidHttpResult>> ListAccreditations(
        Guid id, ClaimsPrincipal user, CompaniesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.CanRead(id))
        {
            return TypedResults.Forbid();
        }

        var company = await db.Companies.AsNoTracking().Include(c => c.Accreditations).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return TypedResults.NotFound();
        }

        var today = Today(clock);
        return TypedResults.Ok(company.Accreditations.OrderBy(a => a.Crebo).Select(a => AccreditationResponse.From(a, today)).ToList());
    }

    private static async Task<Results<Ok<AccreditationResponse>, NotFound>> GrantAccreditation(
        Guid id, GrantAccreditationRequest request, CompaniesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var crebo = Crebo.Parse(request.Crebo);
        var validFrom = request.ValidFrom ?? throw new FieldValidationException("validFrom", "This field is required.");
        var company = await db.Companies.Include(c => c.Accreditations).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return TypedResults.NotFound();
        }

        if (company.GrantAccreditation(crebo, request.Routes ?? [], validFrom, request.ValidTo))
        {
            db.AccreditationGranted(company, company.FindAccreditation(crebo)!);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(AccreditationResponse.From(company.FindAccreditation(crebo)!, Today(clock)));
    }

    /// <summary>Revokes with a reason (query <c>reason</c>, since a DELETE carries no body) and withdraws the crebo's places.</summary>
    private static async Task<Results<Ok<AccreditationResponse>, NotFound>> RevokeAccreditation(
        Guid id, string crebo, string? reason, CompaniesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var validCrebo = Crebo.Parse(crebo);
        var company = await db.Companies
            .Include(c => c.Accreditations)
            .Include(c => c.Capacity)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var accreditation = company?.FindAccreditation(validCrebo);
        if (company is null || accreditation is null)
        {
            return TypedResults.NotFound();
        }

        var today = Today(clock);
        var withdrawn = company.RevokeAccreditation(accreditation, reason, today);
        db.AccreditationRevoked(company, accreditation);
        if (withdrawn.Count > 0)
        {
            var periodIds = withdrawn.Select(c => c.PeriodId).ToList();
            var periods = await db.Periods.Where(p => periodIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            foreach (var entry in withdrawn)
            {
                db.CapacityPublished(company, periods[entry.PeriodId], entry);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AccreditationResponse.From(accreditation, today));
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
