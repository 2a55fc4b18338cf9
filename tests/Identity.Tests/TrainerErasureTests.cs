using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>
/// A trainer erased at their company (<see cref="TrainerErased"/>) loses the login that company gave them: the account
/// with its federation logins and tokens when it was only that, the link alone when the person still needs the account.
/// </summary>
public sealed class TrainerErasureTests(BusFixture fixture) : IClassFixture<BusFixture>
{
    private const string Password = "Test!2026password";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Erased_trainer_loses_the_account_with_its_logins_and_a_late_registration_does_not_bring_it_back()
    {
        var trainer = Trainer();
        await PublishAndWaitAsync(trainer);
        var userId = await fixture.InDatabaseAsync(db => db.Users.Where(u => u.Email == trainer.Email).Select(u => u.Id).SingleAsync());
        await WithUserManagerAsync(async users =>
        {
            var user = (await users.FindByIdAsync(userId.ToString()))!;
            Check(await users.AddLoginAsync(user, new UserLoginInfo("school-idp", $"subject-{Guid.NewGuid():N}", "School")));
            Check(await users.ResetAuthenticatorKeyAsync(user));
        });
        Assert.True(await fixture.InDatabaseAsync(db => db.UserLogins.AnyAsync(l => l.UserId == userId)));

        // What Companies publishes for an active trainer: the departure, then the erasure.
        await PublishAndWaitAsync(new TrainerDeactivated(trainer.TrainerId, trainer.CompanyId, trainer.Version + 1));
        await PublishAndWaitAsync(new TrainerErased(trainer.TrainerId, trainer.CompanyId, trainer.Version + 2));

        Assert.False(await fixture.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Id == userId || u.Email == trainer.Email)));
        Assert.False(await fixture.InDatabaseAsync(db => db.UserLogins.AnyAsync(l => l.UserId == userId)));
        Assert.False(await fixture.InDatabaseAsync(db => db.UserTokens.AnyAsync(t => t.UserId == userId)));
        Assert.False(await fixture.InDatabaseAsync(db => db.TrainerLinks.AnyAsync(l => l.TrainerId == trainer.TrainerId)));
        Assert.True(await fixture.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == userId && e.Event == AuditEvents.Erased)));
        Assert.False(await fixture.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Detail != null && e.Detail.Contains(trainer.Email))));

        // A redelivered registration from before the erasure (a new message, an older version) opens nothing.
        await PublishAndWaitAsync(trainer with { EventId = Guid.NewGuid() });
        Assert.False(await fixture.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == trainer.Email)));
    }

    [Fact]
    public async Task An_erasure_that_overtakes_the_registration_opens_no_account()
    {
        var trainer = Trainer();
        await PublishAndWaitAsync(new TrainerErased(trainer.TrainerId, trainer.CompanyId, trainer.Version + 1));

        await PublishAndWaitAsync(trainer);

        Assert.False(await fixture.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == trainer.Email)));
        Assert.Equal(trainer.Version + 1, await fixture.InDatabaseAsync(db => db.TrainerDepartures.Where(d => d.TrainerId == trainer.TrainerId).Select(d => d.Version).SingleAsync()));
    }

    [Fact]
    public async Task Trainer_erased_at_one_company_keeps_the_account_of_the_other()
    {
        var first = Trainer();
        var second = Trainer() with { Email = first.Email };
        await PublishAndWaitAsync(first);
        await PublishAndWaitAsync(second);

        await PublishAndWaitAsync(new TrainerErased(first.TrainerId, first.CompanyId, first.Version + 1));

        var user = await fixture.InDatabaseAsync(db => db.Users.SingleAsync(u => u.Email == first.Email));
        Assert.True(user.IsActive);
        Assert.Equal([second.CompanyId], user.ActiveCompanyIds);
        Assert.Equal([second.TrainerId], user.TrainerLinks.Select(l => l.TrainerId));
        Assert.False(await fixture.InDatabaseAsync(db => db.TrainerLinks.AnyAsync(l => l.TrainerId == first.TrainerId)));
    }

    [Fact]
    public async Task A_staff_member_who_also_trained_keeps_the_staff_account_without_the_trainer_role()
    {
        var staff = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.StaffId = Guid.NewGuid());
        var trainer = Trainer() with { Email = staff.Email! };
        await PublishAndWaitAsync(trainer);
        await WithUserManagerAsync(async users => Assert.True(await users.IsInRoleAsync((await users.FindByIdAsync(staff.Id.ToString()))!, Roles.Trainer)));
        var tokens = await _oidc.SignInWithCodeFlowAsync(staff.Email!, Password);

        await PublishAndWaitAsync(new TrainerErased(trainer.TrainerId, trainer.CompanyId, trainer.Version + 1));

        var user = await fixture.InDatabaseAsync(db => db.Users.SingleAsync(u => u.Id == staff.Id));
        Assert.True(user.IsActive);
        Assert.Empty(user.TrainerLinks);
        await WithUserManagerAsync(async users =>
            Assert.Equal([Roles.Mentor], await users.GetRolesAsync((await users.FindByIdAsync(staff.Id.ToString()))!)));
        // The tokens issued while the person was a trainer carried the company: revoked, so the next sign-in issues new ones.
        Assert.Equal("invalid_grant", (await _oidc.RefreshAsync(tokens.RefreshToken!)).Error);
    }

    private async Task PublishAndWaitAsync<TEvent>(TEvent message) where TEvent : IntegrationEvent
    {
        await fixture.PublishAsync(message, message.EventId);
        await fixture.WaitProcessedAsync(message.EventId);
    }

    private async Task WithUserManagerAsync(Func<UserManager<ApplicationUser>, Task> work)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    private static TrainerRegistered Trainer() => new(
        Guid.NewGuid(), Guid.NewGuid(), "Pim Praktijkopleider", $"trainer-{Guid.NewGuid():N}@test.partnershiphub.nl", null, ["25168"], 2, Version: 1);
}
