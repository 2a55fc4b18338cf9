namespace PartnershipHub.Identity.Domain;

/// <summary>Who signed in (or failed to), and who changed whose roles or access: kept for the operator and auditors.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string Event { get; set; } = "";

    /// <summary>The account the entry is about; null when a sign-in named no known account.</summary>
    public Guid? UserId { get; set; }

    /// <summary>Who did it, when it was not the user themself (an operator, a consumer of an event).</summary>
    public string? Actor { get; set; }

    public string? Detail { get; set; }

    public string? IpAddress { get; set; }
}
