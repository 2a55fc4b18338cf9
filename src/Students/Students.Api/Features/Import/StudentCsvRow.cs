using System.Globalization;
using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Features.Import;

/// <summary>One data row of the import, parsed and validated by the same domain rules as the API.</summary>
public sealed record StudentCsvRow(int Line, StudentDetails Details, EnrolmentDetails Enrolment, Guid? MentorStaffId)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy"];

    /// <summary>Parses the row; on failure <paramref name="errors"/> names each bad column.</summary>
    public static StudentCsvRow? Parse(int line, Func<string, string?> field, DateOnly today, ValidationErrors errors)
    {
        var dateOfBirth = ParseDate(field, StudentCsvColumns.DateOfBirth, errors);
        var startDate = ParseDate(field, StudentCsvColumns.StartDate, errors);
        var endDate = ParseDate(field, StudentCsvColumns.ExpectedEndDate, errors);

        int? level = null;
        var levelText = field(StudentCsvColumns.Level);
        if (!string.IsNullOrWhiteSpace(levelText))
        {
            if (int.TryParse(levelText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                level = parsed;
            }
            else
            {
                errors.Add(StudentCsvColumns.Level, "Not a number.");
            }
        }

        LearningRoute? route = null;
        var routeText = field(StudentCsvColumns.Route)?.Trim();
        if (!string.IsNullOrEmpty(routeText))
        {
            route = routeText.ToUpperInvariant() switch
            {
                "BOL" => LearningRoute.Bol,
                "BBL" => LearningRoute.Bbl,
                _ => null,
            };
            if (route is null)
            {
                errors.Add(StudentCsvColumns.Route, "BOL or BBL.");
            }
        }

        Guid? mentor = null;
        var mentorText = field(StudentCsvColumns.MentorStaffId);
        if (!string.IsNullOrWhiteSpace(mentorText))
        {
            if (Guid.TryParse(mentorText, out var staffId) && staffId != Guid.Empty)
            {
                mentor = staffId;
            }
            else
            {
                errors.Add(StudentCsvColumns.MentorStaffId, "Not a staff id (a GUID).");
            }
        }

        var details = StudentDetails.Create(
            field(StudentCsvColumns.StudentNumber),
            field(StudentCsvColumns.FirstName),
            field(StudentCsvColumns.LastName),
            dateOfBirth,
            field(StudentCsvColumns.Email),
            field(StudentCsvColumns.Phone),
            field(StudentCsvColumns.HomePostcode),
            field(StudentCsvColumns.Cohort),
            today,
            errors);
        var enrolment = EnrolmentDetails.Create(
            field(StudentCsvColumns.Crebo),
            field(StudentCsvColumns.QualificationName),
            level,
            route,
            startDate,
            endDate,
            field(StudentCsvColumns.Team),
            errors);

        return errors.Any ? null : new StudentCsvRow(line, details, enrolment, mentor);
    }

    private static DateOnly? ParseDate(Func<string, string?> field, string column, ValidationErrors errors)
    {
        var text = field(column);
        if (string.IsNullOrWhiteSpace(text))
        {
            // Missing: the domain rule reports it as required.
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(column, "Not a date (yyyy-mm-dd or dd-mm-yyyy).");
        return null;
    }
}
