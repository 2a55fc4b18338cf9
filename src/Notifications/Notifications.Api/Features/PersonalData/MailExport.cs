using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Features.PersonalData;

/// <summary>
/// A mail to the student: to which address, its subject and when it was composed and accepted by the mail server
/// (<see cref="SentAt"/> null while it waits). Not the body: it repeats the notifications that carry its id.
/// </summary>
public sealed record MailExport(
    Guid Id,
    MailKind Kind,
    string ToAddress,
    string Subject,
    string Language,
    DateOnly? DigestDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt)
{
    public static MailExport From(OutgoingMail m) => new(m.Id, m.Kind, m.ToAddress, m.Subject, m.Language, m.DigestDate, m.CreatedAt, m.SentAt);
}
