using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging.Inbox;

namespace PartnershipHub.Messaging.Revocation;

/// <summary>Records a deactivation in this service's own database; every replica's <see cref="RevokedAccounts"/> picks it up.</summary>
internal sealed class AccountDeactivatedConsumer(MessagingDbContextAccessor database) : IConsumer<AccountDeactivated>
{
    public async Task Consume(ConsumeContext<AccountDeactivated> context)
    {
        var deactivation = context.Message;
        var db = database.DbContext;
        var known = await db.Set<RevokedAccount>().FindAsync([deactivation.UserId], context.CancellationToken);
        if (known is null)
        {
            db.Add(new RevokedAccount(deactivation.UserId, deactivation.DeactivatedAt));
        }
        else
        {
            known.DeactivatedAgain(deactivation.DeactivatedAt);
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }
}
