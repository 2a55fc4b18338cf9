namespace PartnershipHub.Portal.Auth;

/// <summary>The user's tokens as the sign-in cookie holds them; passed (data-protected) into the interactive circuit.</summary>
public sealed record TokenSet(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);
