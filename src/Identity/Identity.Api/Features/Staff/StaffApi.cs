using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Staff;

/// <summary>
/// Names for staff ids, so screens can say "Fatima Yilmaz" where other services only hold an id (the author of a care
/// note, who logged a contact, a student's mentor). School staff ask; students and trainers are refused: they have no
/// use for a directory of the school's staff. Deactivated colleagues keep their name, because their notes remain.
/// </summary>
public static class StaffApi
{
    public const int MaxIds = 100;

    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/staff", ListAsync).RequireAuthorization(IdentityPolicies.StaffDirectoryReaders).WithTags("Staff");
        return app;
    }

    private static async Task<Results<Ok<List<StaffName>>, ValidationProblem>> ListAsync(string? ids, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var parts = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is 0 or > MaxIds)
        {
            return Invalid($"Give between 1 and {MaxIds.ToString(CultureInfo.InvariantCulture)} staff ids, separated by commas.");
        }

        var wanted = new List<Guid>(parts.Length);
        foreach (var part in parts)
        {
            if (!Guid.TryParse(part, out var id))
            {
                return Invalid($"'{part}' is not a staff id.");
            }

            wanted.Add(id);
        }

        var names = await db.Users.AsNoTracking()
            .Where(user => user.StaffId != null && wanted.Contains(user.StaffId.Value))
            .OrderBy(user => user.DisplayName)
            .Select(user => new StaffName(user.StaffId!.Value, user.DisplayName))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(names);
    }

    private static ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ids"] = [message] });
}
