namespace PartnershipHub.Notifications.Domain;

/// <summary>A person's delivery choices; a person without a row gets the defaults (a daily digest at 07:00, quiet 20:00–07:00 Amsterdam time).</summary>
public sealed class Preference
{
    public RecipientKind RecipientKind { get; set; }

    public Guid RecipientId { get; set; }

    /// <summary>Hour of the day (Europe/Amsterdam) the digest goes out, 0–23.</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>Every notification at once instead of a daily digest.</summary>
    public bool Immediate { get; set; }

    public TimeOnly? QuietFrom { get; set; } = new(20, 0);

    public TimeOnly? QuietUntil { get; set; } = new(7, 0);

    /// <summary>Kinds the person gets no mail about (never one of <see cref="NotificationKinds.Required"/>).</summary>
    public List<NotificationKind> MutedKinds { get; set; } = [];

    /// <summary>Overrides the language the person's account gives (nl or en).</summary>
    public string? Language { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
