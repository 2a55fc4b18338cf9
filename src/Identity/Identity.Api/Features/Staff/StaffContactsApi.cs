using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Features.Staff;

/// <summary>
/// Work contact details of the school's contact people, by staff id, for the trainer's "who do I call at school" card as
/// well as for staff. Trainers may ask because what they get is what a school hands every partner company anyway (the
/// mentor's or internship teacher's name, work e-mail and work phone), and only for the roles that are a company's contact point:
/// active mentors, teachers and coordinators. Care staff, operators, deactivated accounts, students and unknown ids are
/// simply absent, so the answer says nothing about them. Students are refused: they reach their mentor through school.
/// </summary>
public static class StaffContactsApi
{
    /// <summary>The roles that make someone a contact point for a company.</summary>
    public static readonly string[] ContactRoles = [Roles.Mentor, Roles.Teacher, Roles.Coordinator];

    public static IEndpointRouteBuilder MapStaffContactsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/staff/contacts", ListAsync).RequireAuthorization(IdentityPolicies.StaffContactReaders).WithTags("Staff");
        return app;
    }

    private static async Task<Results<Ok<List<StaffContact>>, ValidationProblem>> ListAsync(string? ids, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var parts = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is 0 or > StaffApi.MaxIds)
        {
            return Invalid($"Give between 1 and {StaffApi.MaxIds.ToString(CultureInfo.InvariantCulture)} staff ids, separated by commas.");
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

        var contactRoleIds = db.Roles.Where(r => ContactRoles.Contains(r.Name!)).Select(r => r.Id);
        var contacts = await db.Users.AsNoTracking()
            .Where(user => user.StaffId != null && wanted.Contains(user.StaffId.Value) && user.DeactivatedAt == null && user.Email != null)
            .Where(user => db.UserRoles.Any(ur => ur.UserId == user.Id && contactRoleIds.Contains(ur.RoleId)))
            .OrderBy(user => user.DisplayName)
            .Select(user => new StaffContact(user.StaffId!.Value, user.DisplayName, user.Email!, user.PhoneNumber))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(contacts);
    }

    private static ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ids"] = [message] });
}
