using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PartnershipHub.Identity.Security;

/// <summary>
/// A tight budget of attempts per account (the e-mail address a form names, normalised), next to the generous one per
/// client address: a school's NAT shares an address, not an account. Each purpose (<see cref="Password"/>,
/// <see cref="PasswordReset"/>, a sign-in method of its own) counts separately; unknown addresses are counted like
/// known ones, so the answer tells nothing. Kept in memory per replica (<c>RateLimiting:Account</c>).
/// </summary>
public sealed class AccountAttemptLimiter : IDisposable
{
    public const string Password = "password";
    public const string PasswordReset = "password-reset";

    private readonly PartitionedRateLimiter<string> _limiter;

    public AccountAttemptLimiter(IOptions<AccountAttemptSettings> settings)
    {
        var budget = settings.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = budget.PermitLimit, Window = budget.Window, QueueLimit = 0 }));
    }

    /// <summary>Takes one attempt from the account's budget for <paramref name="purpose"/>; refused with when to retry.</summary>
    public AccountAttempt TryAttempt(string purpose, string email)
    {
        using var lease = _limiter.AttemptAcquire($"{purpose}\n{Normalise(email)}");
        if (lease.IsAcquired)
        {
            return AccountAttempt.Allowed;
        }

        return AccountAttempt.Refused(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));
    }

    /// <summary>As ASP.NET Identity's e-mail lookup sees it: surrounding spaces and letter case do not make another account.</summary>
    public static string Normalise(string email) => email.Trim().ToUpperInvariant();

    public void Dispose() => _limiter.Dispose();
}
