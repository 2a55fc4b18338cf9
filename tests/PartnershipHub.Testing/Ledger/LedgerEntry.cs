namespace PartnershipHub.Testing.Ledger;

public sealed class LedgerEntry
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public string Account { get; set; } = "";

    public int Amount { get; set; }

    public DateTimeOffset AppliedAt { get; set; }

    /// <summary>How many rows of the same account the consumer saw before adding this one (when the event asked).</summary>
    public int? SeenBefore { get; set; }
}
