namespace PartnershipHub.Identity.Features.Recovery;

/// <summary>A form post; settable properties, so a field left out altogether binds as null instead of failing.</summary>
public sealed class ResetPasswordForm
{
    public string? Token { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    /// <summary>The same checks and messages as the invitation page; the password rules themselves are ASP.NET Identity's.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Token) || Token.Length > 100)
        {
            errors["token"] = ["De link is onvolledig. / The link is incomplete."];
        }

        if (string.IsNullOrEmpty(Password))
        {
            errors["password"] = ["Kies een wachtwoord. / Choose a password."];
        }
        else if (Password.Length > 256)
        {
            errors["password"] = ["Het wachtwoord is te lang. / The password is too long."];
        }
        else if (Password != ConfirmPassword)
        {
            errors["confirmPassword"] = ["De wachtwoorden zijn niet gelijk. / The passwords do not match."];
        }

        return errors;
    }
}
