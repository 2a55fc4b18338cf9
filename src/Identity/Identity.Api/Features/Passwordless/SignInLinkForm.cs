namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>The confirm button behind a mailed sign-in link.</summary>
public sealed class SignInLinkForm
{
    public string? Token { get; set; }

    public string? ReturnUrl { get; set; }

    public Dictionary<string, string[]> Validate() => Token is { Length: > 0 and <= 100 }
        ? []
        : new() { ["token"] = ["Deze link is niet compleet; gebruik de link uit de mail. / This link is incomplete; use the link from the mail."] };
}
