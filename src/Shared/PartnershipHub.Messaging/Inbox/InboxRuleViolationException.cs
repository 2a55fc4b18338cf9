namespace PartnershipHub.Messaging.Inbox;

/// <summary>A consumer broke one of the inbox's rules (<see cref="InboxRules"/>); the delivery fails with this sentence.</summary>
public sealed class InboxRuleViolationException(string message, Exception? inner = null) : InvalidOperationException(message, inner);
