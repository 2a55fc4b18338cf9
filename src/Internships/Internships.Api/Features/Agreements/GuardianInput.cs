using System.Net.Mail;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Features.Agreements;

/// <summary>The checks on what a guardian's name and address may be (400 naming the field).</summary>
public static class GuardianInput
{
    public static string Name(string? value, string field)
    {
        var name = value?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            throw new FieldValidationException(field, "Give the name of the parent or guardian (at most 200 characters).");
        }

        return name;
    }

    public static string Email(string? value)
    {
        var email = value?.Trim() ?? "";
        if (email.Length is 0 or > 254 || !MailAddress.TryCreate(email, out var address) || address.Address != email || !address.Host.Contains('.'))
        {
            throw new FieldValidationException("guardianEmail", "Give the e-mail address of the parent or guardian, like naam@voorbeeld.nl.");
        }

        return email;
    }
}
