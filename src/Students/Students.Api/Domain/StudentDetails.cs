using PartnershipHub.Geography;

namespace PartnershipHub.Students.Domain;

/// <summary>A student's personal and contact details, validated and normalised (postcode as "1234 AB" with its coordinates).</summary>
public sealed record StudentDetails(
    string StudentNumber,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string? Email,
    string? Phone,
    string? HomePostcode,
    double? HomeLatitude,
    double? HomeLongitude,
    string Cohort)
{
    public const int MinimumAge = 12;
    public const int MaximumAge = 80;

    /// <summary>Validates raw input; field names are the JSON (and CSV) names, so the caller's error names the right field.</summary>
    public static StudentDetails Create(
        string? studentNumber,
        string? firstName,
        string? lastName,
        DateOnly? dateOfBirth,
        string? email,
        string? phone,
        string? homePostcode,
        string? cohort,
        DateOnly today,
        ValidationErrors errors)
    {
        var number = errors.Text("studentNumber", studentNumber, 20, required: true);
        if (number is not null && !number.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add("studentNumber", "Only letters, digits, '-' and '_'.");
        }

        var first = errors.Text("firstName", firstName, 100, required: true);
        var last = errors.Text("lastName", lastName, 100, required: true);
        var birth = errors.Required("dateOfBirth", dateOfBirth);
        if (dateOfBirth is not null && (birth > today.AddYears(-MinimumAge) || birth < today.AddYears(-MaximumAge)))
        {
            errors.Add("dateOfBirth", $"A student is between {MinimumAge} and {MaximumAge} years old.");
        }

        var mail = errors.Text("email", email, 254, required: false);
        if (mail is not null && (mail.IndexOf('@') is <= 0 || mail.EndsWith('@') || mail.Contains(' ')))
        {
            errors.Add("email", "Not an e-mail address.");
        }

        var phoneNumber = errors.Text("phone", phone, 30, required: false);
        if (phoneNumber is not null && !phoneNumber.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))
        {
            errors.Add("phone", "Only digits, spaces and + - ( ).");
        }

        string? postcodeText = null;
        GeoPoint? home = null;
        var postcodeInput = errors.Text("homePostcode", homePostcode, 10, required: false);
        if (postcodeInput is not null)
        {
            if (DutchPostcode.TryParse(postcodeInput, out var postcode))
            {
                postcodeText = postcode.ToString();
                // An unknown PC4 area keeps the postcode without coordinates rather than refusing the student.
                home = PostcodeAreas.Netherlands.Locate(postcode);
            }
            else
            {
                errors.Add("homePostcode", "A Dutch postcode looks like 1234 AB.");
            }
        }

        var cohortName = errors.Text("cohort", cohort, 30, required: true);

        return new StudentDetails(
            number ?? "", first ?? "", last ?? "", birth, mail, phoneNumber, postcodeText, home?.Latitude, home?.Longitude, cohortName ?? "");
    }
}
