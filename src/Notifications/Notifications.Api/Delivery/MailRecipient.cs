using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>Where a person's mail goes and in which language, with their delivery choices (the defaults when they made none).</summary>
public sealed record MailRecipient(RecipientKind Kind, Guid Id, string? Address, string Name, string Language, Preference Preference)
{
    public bool HasAddress => !string.IsNullOrEmpty(Address);

    /// <summary>Whether mail about <paramref name="kind"/> goes to this person (a required kind cannot be muted).</summary>
    public bool Wants(NotificationKind kind) => !Preference.MutedKinds.Contains(kind) || NotificationKinds.Required.Contains(kind);
}
