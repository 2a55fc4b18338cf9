namespace PartnershipHub.Notifications.Domain;

/// <summary>
/// A composed mail waiting to go (or gone). The sender marks it sent after the SMTP server accepted it; a server that is
/// down leaves it waiting with a later <see cref="NextAttemptAt"/>. <see cref="MessageId"/> is fixed at composition, so
/// a resend after a crash between "accepted" and "marked" carries the same Message-ID.
/// </summary>
public sealed class OutgoingMail
{
    public Guid Id { get; set; }

    public RecipientKind RecipientKind { get; set; }

    public Guid RecipientId { get; set; }

    public MailKind Kind { get; set; }

    /// <summary>The recipient's local day a digest covers (one digest per person per day); null for an urgent mail.</summary>
    public DateOnly? DigestDate { get; set; }

    public string ToAddress { get; set; } = "";

    public string ToName { get; set; } = "";

    public string Language { get; set; } = "nl";

    public string Subject { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string MessageId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}

public enum MailKind
{
    Digest,
    Urgent,

    /// <summary>A single mail outside the notification flow: a guardian's link to sign the placement agreement.</summary>
    Agreement,
}
