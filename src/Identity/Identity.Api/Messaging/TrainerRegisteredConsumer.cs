using MassTransit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Features.Invitations;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Messaging;

/// <summary>
/// A company registered a workplace trainer: link (or create) the account by e-mail address and invite anyone who
/// has no password yet. A trainer at a second company keeps one account with a second <c>company_id</c>. A registration
/// older than a departure already received for the same trainer is ignored.
/// </summary>
public sealed class TrainerRegisteredConsumer(
    IdentityDbContext db,
    UserManager<ApplicationUser> users,
    InvitationSender invitations,
    TimeProvider time) : IConsumer<TrainerRegistered>
{
    public async Task Consume(ConsumeContext<TrainerRegistered> context)
    {
        var trainer = context.Message;
        var cancellationToken = context.CancellationToken;

        await TrainerEventOrder.LockAsync(db, trainer.TrainerId, cancellationToken);
        if (await db.TrainerDepartures.AnyAsync(d => d.TrainerId == trainer.TrainerId && d.Version > trainer.Version, cancellationToken))
        {
            // This trainer already left the company (the departure overtook this registration): no account, no invitation.
            return;
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.TrainerLinks.Any(l => l.TrainerId == trainer.TrainerId), cancellationToken)
            ?? await users.FindByEmailAsync(trainer.Email);
        var isNew = user is null;
        if (user is null)
        {
            user = ApplicationUser.Create(trainer.Email, trainer.Name, time.GetUtcNow());
            Check(await users.CreateAsync(user));
        }

        user.LinkTrainer(trainer.TrainerId, trainer.CompanyId, trainer.Version);
        Check(await users.UpdateAsync(user));
        if (!await users.IsInRoleAsync(user, Roles.Trainer))
        {
            Check(await users.AddToRoleAsync(user, Roles.Trainer));
        }

        var waitingForInvitation = !isNew && !await users.HasPasswordAsync(user)
            && !await db.Invitations.AnyAsync(i => i.UserId == user.Id && i.UsedAt == null && i.ReplacedAt == null, cancellationToken);
        if (user.IsActive && (isNew || waitingForInvitation))
        {
            await invitations.SendAsync(user, $"event:{nameof(TrainerRegistered)}", cancellationToken);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
