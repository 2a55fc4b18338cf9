using System.Globalization;
using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Localization;

namespace PartnershipHub.Portal.StaffAdministration;

/// <summary>The staff import's report in sentences: one per row, naming the line, the e-mail address and what happened.</summary>
public sealed class StaffImportSentences(IStringLocalizer<SharedResource> text, StaffAccountFields fields)
{
    public string Summary(StaffImportReport report) => string.Format(
        CultureInfo.CurrentCulture,
        text["StaffImport.Summary"],
        report.Total.ToString("N0", CultureInfo.CurrentCulture),
        report.Created.ToString("N0", CultureInfo.CurrentCulture),
        report.Updated.ToString("N0", CultureInfo.CurrentCulture),
        report.Unchanged.ToString("N0", CultureInfo.CurrentCulture),
        report.Rejected.ToString("N0", CultureInfo.CurrentCulture));

    public string Sentence(StaffImportRow row)
    {
        var who = string.IsNullOrWhiteSpace(row.Email) ? text["StaffImport.NoEmail"].Value : row.Email;
        var outcome = text[$"StaffImport.Outcome.{row.Outcome}"] is { ResourceNotFound: false } known ? known.Value : text["StaffImport.Outcome.other"].Value;
        var sentence = string.Format(CultureInfo.CurrentCulture, outcome, row.Line.ToString("N0", CultureInfo.CurrentCulture), who);
        if (row.Errors is not { Count: > 0 } errors)
        {
            return sentence;
        }

        var reasons = errors.Select(pair => $"{fields.Label(pair.Key)}: {Invalid(pair.Key, pair.Value)}");
        return $"{sentence} {string.Join(" ", reasons)}";
    }

    /// <summary>A file adds reasons a form does not have (the same address twice, a row of the wrong shape): its own sentence first.</summary>
    private string Invalid(string field, string[] apiMessages) =>
        text[$"StaffImport.Invalid.{field}"] is { ResourceNotFound: false } sentence ? sentence : fields.Invalid(field, apiMessages);
}
