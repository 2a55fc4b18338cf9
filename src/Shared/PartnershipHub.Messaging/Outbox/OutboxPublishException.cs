namespace PartnershipHub.Messaging.Outbox;

/// <summary>The broker refused or did not confirm a publish; the rows before it were marked sent.</summary>
internal sealed class OutboxPublishException(int publishedBeforeFailure, Exception innerException)
    : Exception($"Publishing failed after {publishedBeforeFailure} message(s) of the batch: {innerException.Message}", innerException);
