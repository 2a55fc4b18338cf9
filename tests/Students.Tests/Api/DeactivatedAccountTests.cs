using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

/// <summary>
/// A deactivated account's access token stops working within seconds, not at its expiry: Identity publishes
/// AccountDeactivated, the service stores it and its JWT handler refuses that account's older tokens.
/// </summary>
public sealed class DeactivatedAccountTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    [Fact]
    public async Task A_deactivated_coordinators_token_is_refused_within_seconds_and_a_token_issued_afterwards_works()
    {
        var deactivated = Guid.NewGuid();
        var colleague = Guid.NewGuid();
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        var oldToken = fixture.CreateClient(CoordinatorToken(deactivated, issuedAt: before));
        var colleagueToken = fixture.CreateClient(CoordinatorToken(colleague, issuedAt: before));
        Assert.Equal(HttpStatusCode.OK, (await oldToken.GetAsync("/api/students")).StatusCode);

        var deactivatedAt = DateTimeOffset.UtcNow;
        await PublishAsync(new AccountDeactivated(deactivated, deactivatedAt, "by administrator"));

        var watch = Stopwatch.StartNew();
        await Eventually.WaitUntilAsync(
            async () => (await oldToken.GetAsync("/api/students")).StatusCode == HttpStatusCode.Unauthorized,
            "the deactivated account's token to be refused", TimeSpan.FromSeconds(15));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Took {watch.Elapsed.TotalSeconds:N1} s.");

        Assert.Equal(HttpStatusCode.OK, (await colleagueToken.GetAsync("/api/students")).StatusCode);
        var reactivatedToken = fixture.CreateClient(CoordinatorToken(deactivated, issuedAt: deactivatedAt.AddSeconds(5)));
        Assert.Equal(HttpStatusCode.OK, (await reactivatedToken.GetAsync("/api/students")).StatusCode);
    }

    [Fact]
    public async Task A_redelivered_or_older_deactivation_changes_nothing()
    {
        var user = Guid.NewGuid();
        var deactivatedAt = DateTimeOffset.UtcNow;
        var deactivation = new AccountDeactivated(user, deactivatedAt, "by administrator");
        await PublishAsync(deactivation);
        await PublishAsync(deactivation);
        await PublishAsync(new AccountDeactivated(user, deactivatedAt.AddHours(-1), "erased"));

        var afterwards = fixture.CreateClient(CoordinatorToken(user, issuedAt: deactivatedAt.AddSeconds(1)));
        var before = fixture.CreateClient(CoordinatorToken(user, issuedAt: deactivatedAt.AddSeconds(-1)));
        await Eventually.WaitUntilAsync(
            async () => (await before.GetAsync("/api/students")).StatusCode == HttpStatusCode.Unauthorized,
            "the token from before the deactivation to be refused", TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.OK, (await afterwards.GetAsync("/api/students")).StatusCode);
        var rows = await fixture.InDatabaseAsync(db => Task.FromResult(
            db.Set<PartnershipHub.Messaging.Revocation.RevokedAccount>().Where(r => r.UserId == user).Select(r => r.DeactivatedAt).ToList()));
        Assert.Equal(deactivatedAt.ToUnixTimeMilliseconds(), Assert.Single(rows).ToUnixTimeMilliseconds());
    }

    private string CoordinatorToken(Guid userId, DateTimeOffset issuedAt) =>
        TestTokens.Create(fixture.Audience, [
            new Claim(ClaimNames.Subject, userId.ToString()),
            new Claim(ClaimNames.Name, "Test coordinator"),
            new Claim(ClaimNames.Role, Roles.Coordinator),
            new Claim(ClaimNames.StaffId, userId.ToString()),
            new Claim("iat", issuedAt.ToUnixTimeSeconds().ToString(), ClaimValueTypes.Integer64),
        ]);

    private async Task PublishAsync(AccountDeactivated deactivation)
    {
        var broker = BrokerAddress.Parse(fixture.Broker.ConnectionString);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
        {
            host.Username(broker.Username);
            host.Password(broker.Password);
        }));
        await bus.StartAsync();
        try
        {
            await bus.Publish(deactivation, context => context.MessageId = deactivation.EventId);
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
