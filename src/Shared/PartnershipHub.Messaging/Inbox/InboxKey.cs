namespace PartnershipHub.Messaging.Inbox;

/// <summary>
/// What a message is about (a student, a company), registered with
/// <see cref="MessagingExtensions.AddInboxKey{TMessage}"/>: the inbox never runs two deliveries with the same key in
/// transactions that overlap (<see cref="InboxKeyLocks"/>, docs/decisions/0016).
/// </summary>
public sealed class InboxKey<TMessage>(Func<TMessage, Guid> keyOf)
    where TMessage : class
{
    public Guid Of(TMessage message) => keyOf(message);
}
