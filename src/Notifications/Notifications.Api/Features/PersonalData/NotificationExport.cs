using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Features.PersonalData;

/// <summary>
/// One inbox line as stored: for whom, the values it was written from (<see cref="Parameters"/>) and its text in the
/// student's language, whether and when it was read, and the mail that carried it.
/// </summary>
public sealed record NotificationExport(
    Guid Id,
    NotificationKind Kind,
    string Title,
    string Body,
    RecipientKind RecipientKind,
    Guid RecipientId,
    string Link,
    IReadOnlyDictionary<string, string> Parameters,
    bool Urgent,
    bool Escalated,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    Guid? WorkItemId,
    MailState MailState,
    Guid? MailId)
{
    public static NotificationExport From(Notification n, string language)
    {
        var (title, body) = NotificationTexts.Render(n.Kind, n.Parameters, language, n.Escalated);
        return new(n.Id, n.Kind, title, body, n.RecipientKind, n.RecipientId, n.Link, Sorted(n.Parameters), n.Urgent, n.Escalated,
            n.CreatedAt, n.ReadAt, n.WorkItemId, n.MailState, n.MailId);
    }

    /// <summary>A JSON column gives no key order to rely on; the export's must be the same every time.</summary>
    internal static IReadOnlyDictionary<string, string> Sorted(Dictionary<string, string> parameters) =>
        new SortedDictionary<string, string>(parameters, StringComparer.Ordinal);
}
