using Microsoft.AspNetCore.Identity;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Persistence.Seeding;

namespace PartnershipHub.Identity.Infrastructure;

/// <summary>
/// The demo accounts (<see cref="DemoAccounts"/>), one per role, when demo data is requested (Development only).
/// Runs after <see cref="IdentityReferenceSeed"/>, which adds the roles they are given; an account already there is left alone.
/// </summary>
public sealed class IdentitySeed(TimeProvider time) : IStartupSeed
{
    public string Name => "identity-demo";

    public SeedKind Kind => SeedKind.Demo;

    public async Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var demo in DemoAccounts.All)
        {
            if (await users.FindByIdAsync(demo.UserId.ToString()) is not null)
            {
                continue;
            }

            var user = ApplicationUser.Create(demo.Email, demo.DisplayName, time.GetUtcNow());
            user.Id = demo.UserId;
            user.EmailConfirmed = true;
            user.StaffId = demo.StaffId;
            user.StudentId = demo.StudentId;
            if (demo is { TrainerId: { } trainerId, CompanyId: { } companyId })
            {
                user.LinkTrainer(trainerId, companyId, version: 0);
            }

            await users.CreateAsync(user, DemoAccounts.Password);
            await users.AddToRoleAsync(user, demo.Role);
        }

        return SeedOutcome.Done;
    }
}
