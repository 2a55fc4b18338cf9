using PartnershipHub.Identity.Domain;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Users;

/// <summary>
/// Which role changes are allowed. Roles the services authorise with an id claim need that id; a coordinator may
/// not hand out or take away the operator role (that would let them raise their own power through a colleague).
/// </summary>
public static class RoleAssignment
{
    private static readonly string[] StaffIdRoles = [Roles.Mentor, Roles.Teacher, Roles.Care];

    /// <summary>Throws <see cref="FieldValidationException"/> for a request that can never be valid for this user.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<string>? requested, ApplicationUser user, Guid? staffId)
    {
        if (requested is null)
        {
            throw new FieldValidationException("roles", "Give the complete list of roles (it may be empty).");
        }

        var unknown = requested.Where(role => !Roles.All.Contains(role)).ToList();
        if (unknown.Count > 0)
        {
            throw new FieldValidationException("roles", $"Unknown role(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", Roles.All)}.");
        }

        var roles = requested.Distinct().ToList();
        if (roles.Intersect(StaffIdRoles).Any() && (staffId ?? user.StaffId) is null)
        {
            throw new FieldValidationException("staffId", "Mentor, teacher and care roles need the staff member's id.");
        }

        if (roles.Contains(Roles.Student) && user.StudentId is null)
        {
            throw new FieldValidationException("roles", "Only an account created for a student (with a student id) can have the student role.");
        }

        if (roles.Contains(Roles.Trainer) && user.ActiveCompanyIds.Count == 0)
        {
            throw new FieldValidationException("roles", "Only an account linked to a company by the Companies service can have the trainer role.");
        }

        return roles;
    }

    /// <summary>Whether the acting administrator may change from <paramref name="current"/> to <paramref name="wanted"/>.</summary>
    public static bool MayChange(bool actorIsOperator, IReadOnlyCollection<string> current, IReadOnlyCollection<string> wanted) =>
        actorIsOperator || (!current.Contains(Roles.Operator) && !wanted.Contains(Roles.Operator));
}
