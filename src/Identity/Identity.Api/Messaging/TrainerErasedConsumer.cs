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
/// A trainer's personal data was erased at their company: the link to that trainer record goes. An account that was only
/// that trainer's is erased with everything hanging off it (logins of other identity providers, tokens, invitations);
/// an account the person still needs — a trainer record at another company, or a student or staff account — stays with
/// its tokens revoked. The erasure is remembered as a departure with its version, so a late <c>TrainerRegistered</c>
/// for this trainer never opens an account again (Companies publishes nothing newer about an erased trainer).
/// </summary>
public sealed class TrainerErasedConsumer(
    IdentityDbContext db,
    UserManager<ApplicationUser> users,
    AccountAccess access,
    AuditLog audit,
    TimeProvider time) : IConsumer<TrainerErased>
{
    public async Task Consume(ConsumeContext<TrainerErased> context)
    {
        var trainer = context.Message;
        var cancellationToken = context.CancellationToken;
        await TrainerEventOrder.LockAsync(db, trainer.TrainerId, cancellationToken);
        await TrainerEventOrder.RememberDepartureAsync(db, trainer.TrainerId, trainer.CompanyId, trainer.Version, time.GetUtcNow(), cancellationToken);

        var user = await db.Users.FirstOrDefaultAsync(u => u.TrainerLinks.Any(l => l.TrainerId == trainer.TrainerId), cancellationToken);
        if (user is null)
        {
            // Never registered here, or already erased: the remembered erasure is all there is to do.
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        const string actor = $"event:{nameof(TrainerErased)}";
        user.TrainerLinks.RemoveAll(l => l.TrainerId == trainer.TrainerId);
        var belongsToSchool = (await users.GetRolesAsync(user)).Any(role => role != Roles.Trainer) || user.StudentId is not null || user.StaffId is not null;
        if (user.TrainerLinks.Count == 0 && !belongsToSchool)
        {
            await access.EraseAsync(user, actor, cancellationToken);
            return;
        }

        Check(await users.UpdateAsync(user));
        audit.Record(AuditEvents.TrainerUnlinked, user.Id, actor, $"company {trainer.CompanyId}");
        if (user.ActiveCompanyIds.Count == 0 && await users.IsInRoleAsync(user, Roles.Trainer))
        {
            Check(await users.RemoveFromRoleAsync(user, Roles.Trainer));
        }

        if (user.ActiveCompanyIds.Count == 0 && !belongsToSchool && user.IsActive)
        {
            await access.DeactivateAsync(user, actor, ApplicationUser.NoCompanyLeft, cancellationToken);
        }
        else
        {
            await access.RevokeTokensAsync(user, cancellationToken);
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
