namespace PartnershipHub.Messaging.Tests.Harness;

public sealed class LedgerEntry
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public string Account { get; set; } = "";

    public int Amount { get; set; }

    public DateTimeOffset AppliedAt { get; set; }
}
