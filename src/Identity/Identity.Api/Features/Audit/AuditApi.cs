using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Features.Audit;

/// <summary>The audit log, newest first, for operators only: it shows every account's sign-ins and who changed what.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", ListAsync)
            .RequireAuthorization(policy => policy
                .AddAuthenticationSchemes(OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireRole(Roles.Operator));
        return app;
    }

    private static async Task<Results<Ok<List<AuditEntryResponse>>, ValidationProblem>> ListAsync(
        IdentityDbContext db, Guid? userId, int? take, CancellationToken cancellationToken)
    {
        var count = take ?? 100;
        if (count is < 1 or > 1000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = ["take is between 1 and 1000."] });
        }

        var query = db.AuditEntries.AsNoTracking();
        if (userId is { } id)
        {
            query = query.Where(e => e.UserId == id);
        }

        var entries = await query.OrderByDescending(e => e.Id).Take(count)
            .Select(e => new AuditEntryResponse(e.At, e.Event, e.UserId, e.Actor, e.Detail, e.IpAddress))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries);
    }
}
