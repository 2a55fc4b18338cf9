namespace PartnershipHub.Identity.Security;

/// <summary>A fixed window per client IP (<c>RateLimiting:SignIn</c>, <c>RateLimiting:Token</c>).</summary>
public sealed class RateLimitSettings
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
