using System.Globalization;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>One data row's values, parsed; the student is looked up by the importer.</summary>
public readonly record struct AbsenceCsvRow(string StudentNumber, DateOnly Date, AbsencePeriod Period, decimal Hours, bool Authorised, string? ReasonCode)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>Parses the row; null with <paramref name="errors"/> naming each bad column when it cannot be read.</summary>
    public static AbsenceCsvRow? Parse(Func<string, string?> field, Dictionary<string, string[]> errors)
    {
        var number = field(AbsenceCsvColumns.StudentNumber)?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            errors[AbsenceCsvColumns.StudentNumber] = ["This field is required."];
        }

        var period = AbsencePeriod.Day;
        var periodText = field(AbsenceCsvColumns.Period)?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(periodText))
        {
            switch (periodText)
            {
                case "day" or "dag":
                    break;
                case "week":
                    period = AbsencePeriod.Week;
                    break;
                default:
                    errors[AbsenceCsvColumns.Period] = ["day or week."];
                    break;
            }
        }

        DateOnly date = default;
        var dateText = field(AbsenceCsvColumns.Date)?.Trim();
        if (string.IsNullOrEmpty(dateText))
        {
            errors[AbsenceCsvColumns.Date] = ["This field is required."];
        }
        else if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors[AbsenceCsvColumns.Date] = ["Not a date (yyyy-mm-dd or dd-mm-yyyy)."];
        }

        var hours = ParseHours(field, errors);
        if (hours is { } h && SchoolAbsence.HoursError(period, h) is { } hoursError)
        {
            errors[field(AbsenceCsvColumns.Hours) is null ? AbsenceCsvColumns.Minutes : AbsenceCsvColumns.Hours] = [hoursError];
        }

        var authorised = ParseYesNo(field(AbsenceCsvColumns.Authorised));
        if (authorised is null)
        {
            errors[AbsenceCsvColumns.Authorised] = ["yes or no (ja/nee, true/false, 1/0)."];
        }

        var reason = field(AbsenceCsvColumns.Reason)?.Trim();
        reason = string.IsNullOrEmpty(reason) ? null : reason;
        if (SchoolAbsence.ReasonCodeError(reason) is { } reasonError)
        {
            errors[AbsenceCsvColumns.Reason] = [reasonError];
        }

        return errors.Count > 0 ? null : new AbsenceCsvRow(number!, date, period, hours!.Value, authorised!.Value, reason);
    }

    /// <summary>Hours with a decimal point or comma ("2,5"), or whole minutes converted to hours.</summary>
    private static decimal? ParseHours(Func<string, string?> field, Dictionary<string, string[]> errors)
    {
        if (field(AbsenceCsvColumns.Hours) is { } hoursText)
        {
            if (decimal.TryParse(hoursText.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var hours))
            {
                return hours;
            }

            errors[AbsenceCsvColumns.Hours] = [string.IsNullOrWhiteSpace(hoursText) ? "This field is required." : "Not a number."];
            return null;
        }

        var minutesText = field(AbsenceCsvColumns.Minutes);
        if (int.TryParse(minutesText?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var minutes))
        {
            return Math.Round(minutes / 60m, 2);
        }

        errors[AbsenceCsvColumns.Minutes] = [string.IsNullOrWhiteSpace(minutesText) ? "This field is required." : "Not a whole number."];
        return null;
    }

    private static bool? ParseYesNo(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "yes" or "y" or "ja" or "j" or "true" or "1" or "geoorloofd" => true,
        "no" or "n" or "nee" or "false" or "0" or "ongeoorloofd" => false,
        _ => null,
    };
}
