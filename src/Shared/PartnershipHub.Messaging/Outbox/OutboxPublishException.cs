namespace PartnershipHub.Messaging.Outbox;

/// <summary>The broker refused or did not confirm a publish; the rows that were confirmed are marked sent, the rest retried.</summary>
internal sealed class OutboxPublishException(int publishedInBatch, Exception innerException)
    : Exception($"Publishing failed for part of a batch ({publishedInBatch} published): {innerException.Message}", innerException);
