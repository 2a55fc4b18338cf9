using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>A school–company contact moment: follow-up questions and recent contact.</summary>
public sealed class ContactLoggedConsumer(ContactRules rules) : IConsumer<ContactLogged>
{
    public async Task Consume(ConsumeContext<ContactLogged> context)
    {
        await rules.LoggedAsync(context.Message, context.CancellationToken);
    }
}
