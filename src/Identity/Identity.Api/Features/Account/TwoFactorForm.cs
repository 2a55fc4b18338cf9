namespace PartnershipHub.Identity.Features.Account;

/// <summary>A form post; settable properties, so a field left out altogether binds as null instead of failing.</summary>
public sealed class TwoFactorForm
{
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>The six digits, spaces and dashes removed (authenticator apps show "123 456").</summary>
    public string? Digits => Code?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    public Dictionary<string, string[]> Validate() =>
        Digits is { Length: 6 } digits && digits.All(char.IsAsciiDigit)
            ? []
            : new() { ["code"] = ["Vul de zes cijfers uit je authenticator-app in. / Enter the six digits from your authenticator app."] };
}
