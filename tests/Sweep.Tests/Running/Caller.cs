using System.Security.Claims;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Sweep.Tests.Running;

public enum CallerKind
{
    /// <summary>No Authorization header.</summary>
    Anonymous,

    /// <summary>A token the service must not accept (malformed, expired, for another API).</summary>
    InvalidToken,

    /// <summary>A valid token of one demo account.</summary>
    Role,
}

/// <summary>Who sends a cell: nobody, a bad token, or one of the demo accounts (one per role, with their real ids).</summary>
public sealed record Caller(string Name, CallerKind Kind, IReadOnlyList<Claim> Claims)
{
    /// <summary>The demo accounts in the order the sweep prefers them as the caller of bad-input cells.</summary>
    public static IReadOnlyList<Caller> Roles { get; } =
        [.. new[] { DemoAccounts.Coordinator, DemoAccounts.Operator, DemoAccounts.Mentor, DemoAccounts.Teacher, DemoAccounts.Care, DemoAccounts.Trainer, DemoAccounts.Student }
            .Select(account => new Caller(account.Role, CallerKind.Role, ClaimsOf(account)))];

    public static Caller Nobody { get; } = new("no token", CallerKind.Anonymous, []);

    public static IReadOnlyList<Caller> InvalidTokens { get; } =
    [
        new("malformed token", CallerKind.InvalidToken, []),
        new("expired token", CallerKind.InvalidToken, ClaimsOf(DemoAccounts.Coordinator)),
        new("token for another API", CallerKind.InvalidToken, ClaimsOf(DemoAccounts.Coordinator)),
    ];

    public static IReadOnlyList<Caller> All { get; } = [Nobody, .. InvalidTokens, .. Roles];

    /// <summary>Students and trainers may only reach their own record and their own company's placements.</summary>
    public bool IsBoundToOwnRecords => Name is ServiceDefaults.Security.Roles.Student or ServiceDefaults.Security.Roles.Trainer;

    public ClaimsPrincipal Principal() =>
        new(new ClaimsIdentity(Claims, Kind == CallerKind.Role ? "Bearer" : null, ClaimNames.Name, ClaimNames.Role));

    public override string ToString() => Name;

    private static IReadOnlyList<Claim> ClaimsOf(DemoAccount account) =>
    [
        new(ClaimNames.Subject, account.UserId.ToString()),
        new(ClaimNames.Name, account.DisplayName),
        new(ClaimNames.Role, account.Role),
        new("email", account.Email),
        .. new[] { (ClaimNames.StaffId, account.StaffId), (ClaimNames.StudentId, account.StudentId), (ClaimNames.CompanyId, account.CompanyId) }
            .Where(c => c.Item2 is not null)
            .Select(c => new Claim(c.Item1, c.Item2!.Value.ToString())),
    ];
}
