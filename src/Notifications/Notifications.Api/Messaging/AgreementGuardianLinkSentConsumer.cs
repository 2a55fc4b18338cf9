using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Delivery;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>
/// Mails the guardian's signing link at once: the mail is queued due now, and the sender takes it on its next poll
/// (seconds), with the usual retries when the mail server is away. No notification, no preferences: the guardian has no account.
/// </summary>
public sealed class AgreementGuardianLinkSentConsumer(NotificationsDbContext db, GuardianLinkMail mail, TimeProvider time) : IConsumer<AgreementGuardianLinkSent>
{
    public Task Consume(ConsumeContext<AgreementGuardianLinkSent> context)
    {
        db.Mails.Add(mail.Compose(context.Message, time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
