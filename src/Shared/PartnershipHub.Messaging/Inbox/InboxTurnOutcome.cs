namespace PartnershipHub.Messaging.Inbox;

/// <summary>What the inbox batch runner tells a waiting delivery.</summary>
internal enum InboxTurnOutcome
{
    /// <summary>Its inbox row is claimed and its DbContext joined the batch's transaction: run the consumer now.</summary>
    Run,

    /// <summary>An earlier delivery of the same message was committed: acknowledge without running.</summary>
    Duplicate,

    /// <summary>The batch committed, this delivery's effect included.</summary>
    Committed,

    /// <summary>This delivery's own attempt failed; the batch rolled back and the error goes to the retry policy.</summary>
    Failed,
}
