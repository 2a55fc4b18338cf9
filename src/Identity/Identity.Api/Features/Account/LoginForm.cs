namespace PartnershipHub.Identity.Features.Account;

/// <summary>A form post; settable properties, so a field left out altogether binds as null instead of failing.</summary>
public sealed class LoginForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Email))
        {
            errors["email"] = ["Vul je e-mailadres in. / Enter your e-mail address."];
        }
        else if (Email.Length > 256)
        {
            errors["email"] = ["Het e-mailadres is te lang. / The e-mail address is too long."];
        }

        if (string.IsNullOrEmpty(Password))
        {
            errors["password"] = ["Vul je wachtwoord in. / Enter your password."];
        }
        else if (Password.Length > 256)
        {
            errors["password"] = ["Het wachtwoord is te lang. / The password is too long."];
        }

        return errors;
    }
}
