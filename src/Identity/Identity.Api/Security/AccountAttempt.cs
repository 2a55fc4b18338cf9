namespace PartnershipHub.Identity.Security;

/// <summary>The answer of <see cref="AccountAttemptLimiter"/>: go ahead, or wait <see cref="RetryAfter"/>.</summary>
public sealed record AccountAttempt(bool IsAllowed, TimeSpan RetryAfter)
{
    public static readonly AccountAttempt Allowed = new(true, TimeSpan.Zero);

    public static AccountAttempt Refused(TimeSpan retryAfter) => new(false, retryAfter);
}
