using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Features.Federation;

/// <summary>What a sign-in through a school's provider came to: an account to sign in, or why there is none.</summary>
public sealed record FederationOutcome(ApplicationUser? User, string? Refusal)
{
    public static FederationOutcome SignIn(ApplicationUser user) => new(user, null);

    public static FederationOutcome Refused(string reason) => new(null, reason);
}
