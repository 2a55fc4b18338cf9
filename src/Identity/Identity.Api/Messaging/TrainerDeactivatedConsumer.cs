using MassTransit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Messaging;

/// <summary>
/// A trainer left a company: that <c>company_id</c> goes from their tokens at once (tokens are revoked, a refresh
/// rebuilds the claims). Someone who trains for no company any more and has no other role is deactivated. A departure
/// that arrives before the registration is remembered (<see cref="TrainerDeparture"/>).
/// </summary>
public sealed class TrainerDeactivatedConsumer(
    IdentityDbContext db,
    UserManager<ApplicationUser> users,
    AccountAccess access,
    AuditLog audit,
    TimeProvider time) : IConsumer<TrainerDeactivated>
{
    public async Task Consume(ConsumeContext<TrainerDeactivated> context)
    {
        var trainer = context.Message;
        var cancellationToken = context.CancellationToken;
        await TrainerEventOrder.LockAsync(db, trainer.TrainerId, cancellationToken);
        var user = await db.Users.FirstOrDefaultAsync(u => u.TrainerLinks.Any(l => l.TrainerId == trainer.TrainerId), cancellationToken);
        if (user is null)
        {
            // The registration has not arrived (yet): remember the departure so it cannot open an account later.
            await RememberDepartureAsync(trainer, cancellationToken);
            return;
        }

        const string actor = $"event:{nameof(TrainerDeactivated)}";
        var stillTrains = user.UnlinkTrainer(trainer.TrainerId, trainer.CompanyId, trainer.Version);
        await users.UpdateAsync(user);
        audit.Record(AuditEvents.TrainerUnlinked, user.Id, actor, $"company {trainer.CompanyId}");
        if (stillTrains)
        {
            await access.RevokeTokensAsync(user, cancellationToken);
            return;
        }

        await users.RemoveFromRoleAsync(user, Roles.Trainer);
        var otherRoles = await users.GetRolesAsync(user);
        if (otherRoles.Count == 0 && user.IsActive)
        {
            await access.DeactivateAsync(user, actor, ApplicationUser.NoCompanyLeft, cancellationToken);
        }
        else
        {
            await access.RevokeTokensAsync(user, cancellationToken);
        }
    }

    private async Task RememberDepartureAsync(TrainerDeactivated trainer, CancellationToken cancellationToken)
    {
        await TrainerEventOrder.RememberDepartureAsync(db, trainer.TrainerId, trainer.CompanyId, trainer.Version, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
