namespace PartnershipHub.Identity.Security;

/// <summary><c>RateLimiting:Account</c>: attempts one account may have per purpose within a window.</summary>
public sealed class AccountAttemptSettings
{
    public const string SectionName = "RateLimiting:Account";

    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
