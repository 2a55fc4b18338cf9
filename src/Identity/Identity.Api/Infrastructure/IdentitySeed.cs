using Microsoft.AspNetCore.Identity;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Security;
using PartnershipHub.Persistence.Seeding;

namespace PartnershipHub.Identity.Infrastructure;

/// <summary>
/// The demo accounts (<see cref="DemoAccounts"/>), one per role, when demo data is requested (Development only).
/// Runs after <see cref="IdentityReferenceSeed"/>, which adds the roles they are given; an account already there is left
/// alone, except that a staff account never announced (<see cref="ApplicationUser.StaffVersion"/> 0) is announced once.
/// </summary>
public sealed class IdentitySeed(TimeProvider time) : IStartupSeed
{
    public string Name => "identity-demo";

    public SeedKind Kind => SeedKind.Demo;

    public async Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var db = services.GetRequiredService<IdentityDbContext>();
        foreach (var demo in DemoAccounts.All)
        {
            if (await users.FindByIdAsync(demo.UserId.ToString()) is { } seeded)
            {
                // Seeded before staff were announced: tell the other services once (Students learns the demo mentor).
                if (seeded is { StaffId: not null, StaffVersion: 0 })
                {
                    StaffAnnouncements.Announce(db, seeded, await users.GetRolesAsync(seeded), time.GetUtcNow());
                    Check(await users.UpdateAsync(seeded));
                }

                continue;
            }

            var user = ApplicationUser.Create(demo.Email, demo.DisplayName, time.GetUtcNow());
            user.Id = demo.UserId;
            user.EmailConfirmed = true;
            user.StaffId = demo.StaffId;
            user.StudentId = demo.StudentId;
            user.PhoneNumber = demo.Phone;
            if (demo is { TrainerId: { } trainerId, CompanyId: { } companyId })
            {
                user.LinkTrainer(trainerId, companyId, version: 0);
            }

            // The account, its role and its announcement commit together.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Check(await users.CreateAsync(user, DemoAccounts.Password));
            Check(await users.AddToRoleAsync(user, demo.Role));
            StaffAnnouncements.Announce(db, user, [demo.Role], time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return SeedOutcome.Done;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
