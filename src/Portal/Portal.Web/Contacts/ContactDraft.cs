using System.Globalization;
using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Contacts;

/// <summary>
/// The log-a-contact form: the same rules Internships applies (a kind, a moment not in the future, a summary of at
/// most 4000 characters, a follow-up text when a follow-up date is set), checked before sending so the user sees them at once.
/// </summary>
public sealed class ContactDraft
{
    public const int SummaryMaxLength = 4000;

    public static readonly IReadOnlyList<string> Kinds = ["visit", "call", "mail", "meeting"];

    public string? Kind { get; set; }

    /// <summary>As a <c>datetime-local</c> input gives it: <c>yyyy-MM-ddTHH:mm</c>, local time.</summary>
    public string? ContactedAt { get; set; }

    public string? Summary { get; set; }

    public bool Joint { get; set; }

    public string? FollowUp { get; set; }

    /// <summary>As a <c>date</c> input gives it: <c>yyyy-MM-dd</c>.</summary>
    public string? FollowUpDue { get; set; }

    /// <summary>Resource keys of the errors per field (the API's field names); empty when the draft may be sent.</summary>
    public IReadOnlyDictionary<string, string> Validate(DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>();
        if (Kind is null || !Kinds.Contains(Kind))
        {
            errors["kind"] = "Contacts.Error.Kind";
        }

        if (Moment() is not { } moment)
        {
            errors["contactedAt"] = "Contacts.Error.When";
        }
        else if (moment > now.AddMinutes(5))
        {
            errors["contactedAt"] = "Contacts.Error.Future";
        }

        if (string.IsNullOrWhiteSpace(Summary) || Summary.Trim().Length > SummaryMaxLength)
        {
            errors["summary"] = "Contacts.Error.Summary";
        }

        if (!string.IsNullOrWhiteSpace(FollowUpDue) && Due() is null)
        {
            errors["followUpDue"] = "Contacts.Error.Due";
        }
        else if (Due() is not null && string.IsNullOrWhiteSpace(FollowUp))
        {
            errors["followUp"] = "Contacts.Error.FollowUp";
        }

        return errors;
    }

    /// <summary>The request to send; only after <see cref="Validate"/> found nothing.</summary>
    public LogContactRequest ToRequest() =>
        new(Kind!, Moment()!.Value, Summary!.Trim(), Joint, string.IsNullOrWhiteSpace(FollowUp) ? null : FollowUp.Trim(), Due());

    private DateTimeOffset? Moment() =>
        DateTime.TryParseExact(ContactedAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeZoneInfo.Local.GetUtcOffset(local))
            : null;

    private DateOnly? Due() =>
        DateOnly.TryParseExact(FollowUpDue, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : null;
}
