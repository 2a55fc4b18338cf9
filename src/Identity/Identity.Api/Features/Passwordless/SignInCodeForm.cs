namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>The request-a-code and enter-the-code forms; settable properties, so a field left out binds as null.</summary>
public sealed class SignInCodeForm
{
    public string? Email { get; set; }

    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>The six digits, spaces and dashes removed (people copy "123 456").</summary>
    public string? Digits => Code?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    public Dictionary<string, string[]> ValidateEmail()
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

        return errors;
    }

    public Dictionary<string, string[]> ValidateCode()
    {
        var errors = ValidateEmail();
        if (Digits is not { Length: 6 } digits || !digits.All(char.IsAsciiDigit))
        {
            errors["code"] = ["Vul de zes cijfers uit de mail in. / Enter the six digits from the mail."];
        }

        return errors;
    }
}
