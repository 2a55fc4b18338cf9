using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Companies.Security;
using PartnershipHub.Geography;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Companies.Features.Companies;

/// <summary>
/// Training companies. Coordinators register and change them; school staff read them all; a trainer reads the
/// companies they work for and may change those companies' contact person (<c>PUT /{id}/contact</c>).
/// </summary>
public static class CompaniesApi
{
    public static IEndpointRouteBuilder MapCompaniesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/companies").WithTags("Companies");
        group.MapGet("/", ListCompanies).RequireAuthorization(Policies.Staff);
        group.MapPost("/", RegisterCompany).RequireAuthorization(Policies.Coordinator);
        group.MapGet("/{id:guid}", GetCompany).RequireAuthorization(Policies.StaffOrTrainer);
        group.MapPut("/{id:guid}", UpdateCompany).RequireAuthorization(Policies.Coordinator);
        group.MapPut("/{id:guid}/contact", ChangeContact).RequireAuthorization(Policies.StaffOrTrainer);
        return app;
    }

    // Query values are separate parameters, not [AsParameters]: a value that does not parse is then reported under
    // its query name ("page"), not the record's property name ("Page").
    private static Task<Page<CompanySummary>> ListCompanies(
        string? text, string? crebo, bool? active, string? near, double? radiusKm, int? page, int? pageSize,
        string? city, bool? accredited, bool? withPlaces, Guid? periodId,
        CompaniesDbContext db, PostcodeAreas areas, TimeProvider clock, CancellationToken cancellationToken) =>
        CompanySearch.SearchAsync(
            db,
            new CompanyListQuery(text, crebo, active, near, radiusKm, page, pageSize, city, accredited, withPlaces, periodId),
            areas,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            cancellationToken);

    private static async Task<Created<CompanyResponse>> RegisterCompany(
        CompanyRequest request, CompaniesDbContext db, PostcodeAreas areas, CancellationToken cancellationToken)
    {
        var details = request.ToDetails(areas);
        if (await db.Companies.AnyAsync(c => c.KvkNumber == details.KvkNumber, cancellationToken))
        {
            throw new ConflictException(ConflictRules.KvkNumberTaken, $"A company with KvK number {details.KvkNumber} is already registered.");
        }

        var company = Company.Register(Guid.CreateVersion7(), details);
        db.Companies.Add(company);
        db.CompanyRegistered(company);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/companies/{company.Id}", CompanyResponse.From(company));
    }

    private static async Task<Results<Ok<CompanyResponse>, NotFound, ForbidHttpResult>> GetCompany(
        Guid id, ClaimsPrincipal user, CompaniesDbContext db, CancellationToken cancellationToken)
    {
        if (!user.CanRead(id))
        {
            return TypedResults.Forbid();
        }

        var company = await db.Companies.AsNoTracking().Include(c => c.Locations).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return company is null ? TypedResults.NotFound() : TypedResults.Ok(CompanyResponse.From(company));
    }

    private static async Task<Results<Ok<CompanyResponse>, NotFound>> UpdateCompany(
        Guid id, CompanyRequest request, CompaniesDbContext db, PostcodeAreas areas, CancellationToken cancellationToken)
    {
        var company = await db.Companies.Include(c => c.Locations).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return TypedResults.NotFound();
        }

        if (company.Update(request.ToDetails(areas)))
        {
            db.CompanyUpdated(company);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(CompanyResponse.From(company));
    }

    private static async Task<Results<Ok<CompanyResponse>, NotFound, ForbidHttpResult>> ChangeContact(
        Guid id, ContactRequest request, ClaimsPrincipal user, CompaniesDbContext db, CancellationToken cancellationToken)
    {
        if (!user.IsCoordinator() && !user.WorksFor(id))
        {
            return TypedResults.Forbid();
        }

        var company = await db.Companies.Include(c => c.Locations).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (company is null)
        {
            return TypedResults.NotFound();
        }

        if (company.ChangeContact(ContactPerson.Create(request.Name, request.Email, request.Phone, "")))
        {
            db.CompanyUpdated(company);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(CompanyResponse.From(company));
    }
}
