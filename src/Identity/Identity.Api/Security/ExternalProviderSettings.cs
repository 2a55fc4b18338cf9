namespace PartnershipHub.Identity.Security;

/// <summary>One school identity provider under <c>Identity:ExternalProviders:&lt;name&gt;</c>; the name is part of its redirect URI and of every account link.</summary>
public sealed class ExternalProviderSettings
{
    public const string SectionName = "Identity:ExternalProviders";

    /// <summary>The provider's issuer; its discovery document is read from <c>.well-known/openid-configuration</c> below it.</summary>
    public Uri? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The button text: "Inloggen met &lt;DisplayName&gt;".</summary>
    public string? DisplayName { get; set; }

    /// <summary>Scopes asked for besides <c>openid</c>; <c>email</c> and <c>profile</c> when empty.</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>The claim with the person's e-mail address.</summary>
    public string EmailClaim { get; set; } = "email";

    /// <summary>
    /// Link by e-mail only when the provider says <c>email_verified</c> is true. Off for a provider that sends no such
    /// claim but owns every address it hands out (Entra ID for the school's own domain).
    /// </summary>
    public bool RequireVerifiedEmail { get; set; } = true;

    /// <summary>The claim with the school's employee or student number, if the provider sends one.</summary>
    public string? NumberClaim { get; set; }

    /// <summary><c>employee</c> or <c>student</c>: which number of the account <see cref="NumberClaim"/> is compared with.</summary>
    public string? NumberKind { get; set; }

    public const string EmployeeNumber = "employee";
    public const string StudentNumber = "student";

    public IReadOnlyList<string> EffectiveScopes => Scopes.Length > 0 ? Scopes : ["email", "profile"];

    /// <summary>Answers what is wrong, one line per setting, naming the full configuration key.</summary>
    public IReadOnlyList<string> Problems(string name)
    {
        var key = $"{SectionName}:{name}";
        List<string> problems = [];
        if (!ExternalProviders.IsValidName(name))
        {
            problems.Add($"{key}: the name goes into the redirect URI; use lower-case letters, digits and '-' only (1-40 characters).");
        }

        if (Authority is not { IsAbsoluteUri: true } authority || (authority.Scheme != Uri.UriSchemeHttps && !authority.IsLoopback))
        {
            problems.Add($"{key}:Authority must be the provider's absolute https URL (its issuer), e.g. https://connect.surfconext.nl.");
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            problems.Add($"{key}:ClientId is required (the client id the provider registered for PartnershipHub).");
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            problems.Add($"{key}:DisplayName is required (the button reads \"Inloggen met <DisplayName>\").");
        }

        if (string.IsNullOrWhiteSpace(EmailClaim) && string.IsNullOrWhiteSpace(NumberClaim))
        {
            problems.Add($"{key}: set EmailClaim or NumberClaim, or no account can ever be found.");
        }

        if (!string.IsNullOrWhiteSpace(NumberClaim) && NumberKind is not (EmployeeNumber or StudentNumber))
        {
            problems.Add($"{key}:NumberKind must be '{EmployeeNumber}' or '{StudentNumber}' when NumberClaim is set.");
        }

        if (string.IsNullOrWhiteSpace(NumberClaim) && NumberKind is not null)
        {
            problems.Add($"{key}:NumberKind is set without NumberClaim.");
        }

        return problems;
    }
}
