using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>
/// Every way an account stops (an administrator, a trainer's last company letting them go, a student's erasure) publishes
/// <see cref="AccountDeactivated"/> once, through the outbox, with the id the access tokens carry as <c>sub</c>.
/// </summary>
public sealed class AccountDeactivatedTests(BusFixture fixture) : IClassFixture<BusFixture>
{
    private const string Password = "Test!2026password";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Administrator_deactivation_publishes_the_event_once_with_the_tokens_subject()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AccountDeactivated>());
        var (victim, victimTokens) = await _oidc.SignedInAsync(Roles.Mentor, u => u.StaffId = Guid.NewGuid());
        Assert.Equal(HttpStatusCode.OK, (await _oidc.Api(victimTokens.AccessToken).GetAsync($"/api/staff?ids={victim.StaffId}")).StatusCode);
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator, u => u.StaffId = Guid.NewGuid());
        var api = _oidc.Api(tokens.AccessToken);

        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/users/{victim.Id}/deactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/users/{victim.Id}/deactivate", null)).StatusCode);

        var published = await events.WaitForAsync<AccountDeactivated>(e => e.UserId == victim.Id);
        Assert.Equal(victimTokens.Jwt.Subject, published.UserId.ToString());
        Assert.Equal("by administrator", published.Reason);
        var stored = await fixture.InDatabaseAsync(db => db.Users.Where(u => u.Id == victim.Id).Select(u => u.DeactivatedAt).SingleAsync());
        // PostgreSQL keeps microseconds, the event the full tick.
        Assert.InRange((published.DeactivatedAt - stored!.Value).Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await OutboxCountAsync(victim.Id));

        // Identity itself refuses the account at once: its refresh token, its access token on Identity's own API, and
        // userinfo (which Identity does not serve at all: the portal reads the identity token).
        Assert.Equal("invalid_grant", (await _oidc.RefreshAsync(victimTokens.RefreshToken!)).Error);
        var victimApi = _oidc.Api(victimTokens.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await victimApi.GetAsync($"/api/staff?ids={victim.StaffId}")).StatusCode);
        Assert.False((await victimApi.GetAsync("/connect/userinfo")).IsSuccessStatusCode);
        var discovery = await _oidc.Api().GetStringAsync("/.well-known/openid-configuration");
        Assert.DoesNotContain("userinfo_endpoint", discovery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trainer_who_left_their_only_company_is_announced_once_however_often_the_departure_arrives()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AccountDeactivated>());
        var trainer = Trainer();
        await fixture.PublishAsync(trainer, trainer.EventId);
        await fixture.WaitProcessedAsync(trainer.EventId);
        var userId = await fixture.InDatabaseAsync(db => db.Users.Where(u => u.Email == trainer.Email).Select(u => u.Id).SingleAsync());

        var left = new TrainerDeactivated(trainer.TrainerId, trainer.CompanyId, trainer.Version + 1);
        await fixture.PublishAsync(left, left.EventId);
        await fixture.PublishAsync(left, left.EventId);
        var again = left with { EventId = Guid.NewGuid() };
        await fixture.PublishAsync(again, again.EventId);
        await fixture.WaitProcessedAsync(left.EventId);
        await fixture.WaitProcessedAsync(again.EventId);

        var published = await events.WaitForAsync<AccountDeactivated>(e => e.UserId == userId);
        Assert.Equal(ApplicationUser.NoCompanyLeft, published.Reason);
        Assert.Equal(1, await OutboxCountAsync(userId));
    }

    [Fact]
    public async Task Trainer_who_still_trains_elsewhere_is_not_announced()
    {
        var (first, second) = (Trainer(), Trainer());
        second = second with { Email = first.Email };
        await fixture.PublishAsync(first, first.EventId);
        await fixture.WaitProcessedAsync(first.EventId);
        await fixture.PublishAsync(second, second.EventId);
        await fixture.WaitProcessedAsync(second.EventId);
        var userId = await fixture.InDatabaseAsync(db => db.Users.Where(u => u.Email == first.Email).Select(u => u.Id).SingleAsync());

        var left = new TrainerDeactivated(first.TrainerId, first.CompanyId, first.Version + 1);
        await fixture.PublishAsync(left, left.EventId);
        await fixture.WaitProcessedAsync(left.EventId);

        Assert.Equal(0, await OutboxCountAsync(userId));
    }

    [Fact]
    public async Task Erased_student_is_announced_once()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AccountDeactivated>());
        var student = Student();
        await fixture.PublishAsync(student, student.EventId);
        await fixture.WaitProcessedAsync(student.EventId);
        var userId = await fixture.InDatabaseAsync(db => db.Users.Where(u => u.StudentId == student.StudentId).Select(u => u.Id).SingleAsync());

        var erased = new StudentErased(student.StudentId);
        await fixture.PublishAsync(erased, erased.EventId);
        var again = new StudentErased(student.StudentId);
        await fixture.PublishAsync(again, again.EventId);
        await fixture.WaitProcessedAsync(erased.EventId);
        await fixture.WaitProcessedAsync(again.EventId);

        var published = await events.WaitForAsync<AccountDeactivated>(e => e.UserId == userId);
        Assert.Equal("erased", published.Reason);
        Assert.Equal(1, await OutboxCountAsync(userId));
    }

    private Task<int> OutboxCountAsync(Guid userId) =>
        fixture.InDatabaseAsync(db => db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM outbox_messages
            WHERE message_type LIKE {"%." + nameof(AccountDeactivated) + ",%"} AND payload->>'userId' = {userId.ToString()}
            """).SingleAsync());

    private static TrainerRegistered Trainer() => new(
        Guid.NewGuid(), Guid.NewGuid(), "Pim Praktijkopleider", $"trainer-{Guid.NewGuid():N}@test.partnershiphub.nl", null, ["25168"], 2, Version: 1);

    private static StudentEnrolled Student() => new(
        Guid.NewGuid(), "S" + Random.Shared.Next(100000, 999999), "Sam", "Student", new DateOnly(2008, 3, 1),
        $"student-{Guid.NewGuid():N}@test.partnershiphub.nl", "3511AB", null, null, "2025",
        new Enrolment(Guid.NewGuid(), "25168", "Medewerker ICT", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "ICT-1A"),
        null, Version: 1);
}
