using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Identity.Tests;

public sealed class InvitationTests(BusFixture fixture) : IClassFixture<BusFixture>
{
    private const string NewPassword = "Nieuw!2026wachtwoord";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Registered_trainer_is_invited_sets_a_password_once_and_signs_in_with_their_company()
    {
        var trainer = Trainer();
        await fixture.PublishAsync(trainer, trainer.EventId);
        var token = BusFixture.InvitationToken(await fixture.MailToAsync(trainer.Email));

        var browser = _oidc.Browser();
        var page = await browser.GetAsync($"/account/invitation?token={Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var accepted = await AcceptAsync(browser, token, NewPassword, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var tokens = await _oidc.SignInWithCodeFlowAsync(trainer.Email, NewPassword);
        Assert.Contains(tokens.Jwt.Claims, c => c.Type == ClaimNames.Role && c.Value == Roles.Trainer);
        Assert.Equal(trainer.CompanyId.ToString(), tokens.Jwt.Claims.Single(c => c.Type == ClaimNames.CompanyId).Value);

        var again = await AcceptAsync(_oidc.Browser(), token, "Ander!2026wachtwoord", "Ander!2026wachtwoord");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Expired_link_offers_a_fresh_one_and_only_the_fresh_one_works()
    {
        var trainer = Trainer();
        await fixture.PublishAsync(trainer, trainer.EventId);
        var oldToken = BusFixture.InvitationToken(await fixture.MailToAsync(trainer.Email));
        await fixture.InDatabaseAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE token_hash = {Invitation.Hash(oldToken)}"));

        var browser = _oidc.Browser();
        var expired = await browser.GetAsync($"/account/invitation?token={Uri.EscapeDataString(oldToken)}");
        var expiredHtml = await expired.Content.ReadAsStringAsync();
        Assert.Contains("/account/invitation/renew", expiredHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await AcceptAsync(browser, oldToken, NewPassword, NewPassword)).StatusCode);

        var renewed = await browser.PostAsync("/account/invitation/renew", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(expiredHtml),
            ["token"] = oldToken,
        }));
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);

        var newToken = BusFixture.InvitationToken(await fixture.MailToAsync(trainer.Email, nth: 2));
        Assert.NotEqual(oldToken, newToken);
        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(_oidc.Browser(), newToken, NewPassword, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Renewed_link_points_at_the_configured_address_not_at_the_host_the_request_named()
    {
        var trainer = Trainer();
        await fixture.PublishAsync(trainer, trainer.EventId);
        var oldToken = BusFixture.InvitationToken(await fixture.MailToAsync(trainer.Email));
        await fixture.InDatabaseAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE token_hash = {Invitation.Hash(oldToken)}"));
        // The browser calls the service as https://localhost/, an allowed host that is not the configured public address.
        var browser = _oidc.Browser();
        var expired = await browser.GetAsync($"/account/invitation?token={Uri.EscapeDataString(oldToken)}");

        var renewed = await browser.PostAsync("/account/invitation/renew", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(await expired.Content.ReadAsStringAsync()),
            ["token"] = oldToken,
        }));

        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        var mail = await fixture.MailToAsync(trainer.Email, nth: 2);
        Assert.Contains($"{IdentityFixture.PublicUrl}account/invitation?token=", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(OidcClient.BaseAddress.ToString(), mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("http://identity.partnershiphub.test.evil.example/")]
    public async Task A_request_for_a_host_the_service_does_not_serve_is_refused(string baseAddress)
    {
        var client = fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri(baseAddress),
        });

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/account/invitation/renew", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _oidc.Browser().GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_on_the_invitation_forms_is_a_400_or_404_never_a_500()
    {
        var trainer = Trainer();
        await fixture.PublishAsync(trainer, trainer.EventId);
        var token = BusFixture.InvitationToken(await fixture.MailToAsync(trainer.Email));
        var browser = _oidc.Browser();

        var mismatch = await AcceptAsync(browser, token, NewPassword, "Anders!2026wachtwoord");
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("data-field=\"confirmPassword\"", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var weak = await AcceptAsync(browser, token, "kort", "kort");
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("data-field=\"password\"", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await AcceptAsync(browser, "", NewPassword, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AcceptAsync(browser, "not-a-real-token", NewPassword, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/account/invitation?token=not-a-real-token")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/account/invitation")).StatusCode);

        // The link still works after all that: nothing was used up by the bad attempts.
        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(browser, token, NewPassword, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Enrolled_student_with_an_address_is_invited_and_one_without_is_not()
    {
        var withoutEmail = Student(email: null);
        var withEmail = Student($"student-{Guid.NewGuid():N}@test.partnershiphub.nl");

        await fixture.PublishAsync(withoutEmail, withoutEmail.EventId);
        await fixture.PublishAsync(withEmail, withEmail.EventId);

        await fixture.MailToAsync(withEmail.Email!);
        var account = await fixture.InDatabaseAsync(db => db.Users.SingleAsync(u => u.StudentId == withEmail.StudentId));
        Assert.Equal(withEmail.Email, account.Email);
        await WaitProcessedAsync(withoutEmail.EventId);
        Assert.False(await fixture.InDatabaseAsync(db => db.Users.AnyAsync(u => u.StudentId == withoutEmail.StudentId)));
    }

    [Fact]
    public async Task Trainer_leaving_one_of_two_companies_keeps_the_other()
    {
        var (first, second) = (Trainer(), Trainer());
        second = second with { Email = first.Email };
        await fixture.PublishAsync(first, first.EventId);
        await fixture.PublishAsync(second, second.EventId);
        await WaitProcessedAsync(first.EventId);
        await WaitProcessedAsync(second.EventId);

        var left = new TrainerDeactivated(first.TrainerId, first.CompanyId, first.Version + 1);
        await fixture.PublishAsync(left, left.EventId);
        await WaitProcessedAsync(left.EventId);

        var user = await fixture.InDatabaseAsync(db => db.Users.SingleAsync(u => u.Email == first.Email));
        Assert.True(user.IsActive);
        Assert.Equal([second.CompanyId], user.ActiveCompanyIds);
    }

    [Fact]
    public async Task Trainer_leaving_their_only_company_is_deactivated()
    {
        var trainer = Trainer();
        await fixture.PublishAsync(trainer, trainer.EventId);
        await WaitProcessedAsync(trainer.EventId);

        var left = new TrainerDeactivated(trainer.TrainerId, trainer.CompanyId, trainer.Version + 1);
        await fixture.PublishAsync(left, left.EventId);
        await WaitProcessedAsync(left.EventId);

        var user = await fixture.InDatabaseAsync(db => db.Users.SingleAsync(u => u.Email == trainer.Email));
        Assert.False(user.IsActive);
        Assert.Empty(user.ActiveCompanyIds);
    }

    [Fact]
    public async Task Trainer_without_a_company_comes_back_when_another_company_registers_them()
    {
        var trainer = Trainer();
        await fixture.PublishAsync(trainer, trainer.EventId);
        await WaitProcessedAsync(trainer.EventId);
        var left = new TrainerDeactivated(trainer.TrainerId, trainer.CompanyId, trainer.Version + 1);
        await fixture.PublishAsync(left, left.EventId);
        await WaitProcessedAsync(left.EventId);

        var elsewhere = Trainer() with { Email = trainer.Email };
        await fixture.PublishAsync(elsewhere, elsewhere.EventId);
        await WaitProcessedAsync(elsewhere.EventId);

        var user = await fixture.InDatabaseAsync(db => db.Users.SingleAsync(u => u.Email == trainer.Email));
        Assert.True(user.IsActive);
        Assert.Equal([elsewhere.CompanyId], user.ActiveCompanyIds);
    }

    [Fact]
    public async Task A_departure_that_overtakes_the_registration_opens_no_account()
    {
        var trainer = Trainer();
        var left = new TrainerDeactivated(trainer.TrainerId, trainer.CompanyId, trainer.Version + 1);
        await fixture.PublishAsync(left, left.EventId);
        await WaitProcessedAsync(left.EventId);

        await fixture.PublishAsync(trainer, trainer.EventId);
        await WaitProcessedAsync(trainer.EventId);

        Assert.False(await fixture.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == trainer.Email)));
        Assert.False(await fixture.InDatabaseAsync(db => db.QueuedMails.AnyAsync(m => m.ToAddress == trainer.Email)));
    }

    [Fact]
    public async Task A_trainer_who_left_and_is_registered_again_later_gets_an_account()
    {
        var trainer = Trainer();
        var left = new TrainerDeactivated(trainer.TrainerId, trainer.CompanyId, trainer.Version + 1);
        await fixture.PublishAsync(left, left.EventId);
        await WaitProcessedAsync(left.EventId);

        var back = trainer with { Version = trainer.Version + 2, EventId = Guid.NewGuid() };
        await fixture.PublishAsync(back, back.EventId);
        await WaitProcessedAsync(back.EventId);

        var user = await fixture.InDatabaseAsync(db => db.Users.SingleAsync(u => u.Email == trainer.Email));
        Assert.True(user.IsActive);
        Assert.Equal([trainer.CompanyId], user.ActiveCompanyIds);
    }

    [Fact]
    public async Task Erased_student_loses_the_account()
    {
        var student = Student($"student-{Guid.NewGuid():N}@test.partnershiphub.nl");
        await fixture.PublishAsync(student, student.EventId);
        await WaitProcessedAsync(student.EventId);
        Assert.True(await fixture.InDatabaseAsync(db => db.Users.AnyAsync(u => u.StudentId == student.StudentId)));

        var erased = new StudentErased(student.StudentId);
        await fixture.PublishAsync(erased, erased.EventId);
        await WaitProcessedAsync(erased.EventId);

        Assert.False(await fixture.InDatabaseAsync(db => db.Users.AnyAsync(u => u.StudentId == student.StudentId)));
        Assert.False(await fixture.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Detail != null && e.Detail.Contains(student.Email!))));
    }

    private async Task<HttpResponseMessage> AcceptAsync(HttpClient browser, string token, string password, string confirm)
    {
        var form = await browser.GetAsync("/account/login");
        return await browser.PostAsync("/account/invitation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(await form.Content.ReadAsStringAsync()),
            ["token"] = token,
            ["password"] = password,
            ["confirmPassword"] = confirm,
        }));
    }

    private Task WaitProcessedAsync(Guid messageId) =>
        Eventually.WaitUntilAsync(
            () => fixture.InDatabaseAsync(db => db.Database
                .SqlQuery<int>($"SELECT 1 AS \"Value\" FROM inbox_processed_messages WHERE message_id = {messageId}").AnyAsync()),
            $"message {messageId} to be processed");

    private static TrainerRegistered Trainer() => new(
        Guid.NewGuid(), Guid.NewGuid(), "Pim Praktijkopleider", $"trainer-{Guid.NewGuid():N}@test.partnershiphub.nl", null, ["25168"], 2, Version: 1);

    private static StudentEnrolled Student(string? email) => new(
        Guid.NewGuid(), "S" + Random.Shared.Next(100000, 999999), "Sam", "Student", new DateOnly(2008, 3, 1), email, "3511AB", null, null, "2025",
        new Enrolment(Guid.NewGuid(), "25168", "Medewerker ICT", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "ICT-1A"),
        null, Version: 1);
}
