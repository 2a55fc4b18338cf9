namespace PartnershipHub.Identity.Features.Recovery;

/// <summary>A form post; settable properties, so a field left out altogether binds as null instead of failing.</summary>
public sealed class ForgotPasswordForm
{
    public string? Email { get; set; }

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
        else if (Email.Any(char.IsControl) || !Email.Contains('@'))
        {
            errors["email"] = ["Dit is geen e-mailadres. / This is not an e-mail address."];
        }

        return errors;
    }
}
