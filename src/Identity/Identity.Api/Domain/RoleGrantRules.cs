using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Domain;

/// <summary>
/// The one table of role changes: who may grant (or take away) each role, and which accounts may hold it. A role
/// change is allowed only when the administrator may grant every role the account has and every role it gets, so a
/// coordinator leaves care workers and operators alone entirely. Staff roles need a staff account: one with its own
/// staff id, issued by Identity with the account and never chosen by a caller. A student's or a trainer's account
/// (linked by the Students or Companies events) is never turned into a staff account.
/// </summary>
public static class RoleGrantRules
{
    private static readonly string[] Administrators = [Roles.Coordinator, Roles.Operator];
    private static readonly string[] OperatorsOnly = [Roles.Operator];

    public static readonly IReadOnlyList<RoleGrantRule> Table =
    [
        // role               granted and taken away by   held by
        new(Roles.Student,     Administrators,              AccountKind.Student),
        new(Roles.Trainer,     Administrators,              AccountKind.Trainer),
        new(Roles.Mentor,      Administrators,              AccountKind.Staff),
        new(Roles.Teacher,     Administrators,              AccountKind.Staff),
        new(Roles.Coordinator, Administrators,              AccountKind.Staff),
        new(Roles.Care,        OperatorsOnly,               AccountKind.Staff),
        new(Roles.Operator,    OperatorsOnly,               AccountKind.Staff),
    ];

    /// <summary>The roles of a school staff account (declared after <see cref="Table"/>, which it reads).</summary>
    public static readonly IReadOnlyList<string> StaffRoles = [.. Table.Where(rule => rule.HeldBy == AccountKind.Staff).Select(rule => rule.Role)];

    public static bool MayGrant(IReadOnlyCollection<string> actorRoles, string role) =>
        RuleFor(role)?.GrantedBy.Any(actorRoles.Contains) == true;

    /// <summary>Whether an administrator with <paramref name="actorRoles"/> may change an account from <paramref name="current"/> to <paramref name="wanted"/>.</summary>
    public static bool MayChange(IReadOnlyCollection<string> actorRoles, IReadOnlyCollection<string> current, IReadOnlyCollection<string> wanted) =>
        current.Union(wanted).All(role => MayGrant(actorRoles, role));

    /// <summary>Deactivating takes every role away, so it needs the right to take each one.</summary>
    public static bool MayDeactivate(IReadOnlyCollection<string> actorRoles, IReadOnlyCollection<string> current) =>
        MayChange(actorRoles, current, []);

    /// <summary>Reactivating gives every role back, and resending an invitation acts for the account: the same right as taking them all away.</summary>
    public static bool MayReactivate(IReadOnlyCollection<string> actorRoles, IReadOnlyCollection<string> current) =>
        MayChange(actorRoles, current, []);

    /// <summary>
    /// The roles of a new (or imported) staff account: at least one, each a staff role, once each. Throws
    /// <see cref="FieldValidationException"/> on <c>roles</c> otherwise; whether the administrator may grant them is
    /// <see cref="MayChange"/>'s question.
    /// </summary>
    public static IReadOnlyList<string> ParseStaffRoles(IReadOnlyList<string>? requested)
    {
        var roles = Parse(requested);
        if (roles.Count == 0)
        {
            throw new FieldValidationException("roles", $"Give at least one staff role: {string.Join(", ", StaffRoles)}.");
        }

        var other = roles.Where(role => !StaffRoles.Contains(role)).ToList();
        if (other.Count > 0)
        {
            throw new FieldValidationException("roles",
                $"A staff account has staff roles only ({string.Join(", ", StaffRoles)}), not {string.Join(", ", other)}.");
        }

        return roles;
    }

    /// <summary>The requested roles, once each; throws <see cref="FieldValidationException"/> for a list that is not a set of known roles.</summary>
    public static IReadOnlyList<string> Parse(IReadOnlyList<string>? requested)
    {
        if (requested is null)
        {
            throw new FieldValidationException("roles", "Give the complete list of roles (it may be empty).");
        }

        var unknown = requested.Where(role => RuleFor(role) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new FieldValidationException("roles", $"Unknown role(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", Roles.All)}.");
        }

        return [.. requested.Distinct()];
    }

    /// <summary>
    /// The roles, checked against the account: throws <see cref="FieldValidationException"/> for a role the account
    /// cannot hold or a staff id that is not the account's own. A staff id used by another account is the caller's
    /// conflict to report first (409), because only the database knows.
    /// </summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<string>? requested, ApplicationUser user, Guid? staffId)
    {
        var roles = Parse(requested);
        if (staffId is { } given && given != user.StaffId)
        {
            throw new FieldValidationException("staffId", user.StaffId is null
                ? $"Staff id {given} is not known: staff ids are issued by Identity with a staff account, never chosen here, and this account has none."
                : $"Staff id {given} is not this account's staff id ({user.StaffId}); a staff id cannot be changed.");
        }

        foreach (var rule in Table.Where(rule => roles.Contains(rule.Role)))
        {
            if (Refusal(rule, user) is { } refusal)
            {
                throw new FieldValidationException(refusal.Field, refusal.Message);
            }
        }

        return roles;
    }

    private static RoleGrantRule? RuleFor(string role) => Table.FirstOrDefault(rule => rule.Role == role);

    private static (string Field, string Message)? Refusal(RoleGrantRule rule, ApplicationUser user) => rule.HeldBy switch
    {
        AccountKind.Student when user.StudentId is null =>
            ("roles", "Only an account created for a student (with a student id) can have the student role."),
        AccountKind.Trainer when user.ActiveCompanyIds.Count == 0 =>
            ("roles", "Only an account linked to a company by the Companies service can have the trainer role."),
        AccountKind.Staff when user.StudentId is not null =>
            ("roles", $"A student's account cannot have the {rule.Role} role."),
        AccountKind.Staff when user.StaffId is null && user.TrainerLinks.Count > 0 =>
            ("roles", $"A workplace trainer's account cannot have the {rule.Role} role: it is not a staff account."),
        AccountKind.Staff when user.StaffId is null =>
            ("staffId", $"The {rule.Role} role needs a staff account: this account has no staff id, and staff ids are issued by Identity, not given here."),
        _ => null,
    };
}
