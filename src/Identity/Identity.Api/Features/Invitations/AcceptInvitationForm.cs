namespace PartnershipHub.Identity.Features.Invitations;

/// <summary>A form post; settable properties, so a field left out altogether binds as null instead of failing.</summary>
public sealed class AcceptInvitationForm
{
    public string? Token { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Token) || Token.Length > 100)
        {
            errors["token"] = ["De uitnodigingslink is onvolledig. / The invitation link is incomplete."];
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
