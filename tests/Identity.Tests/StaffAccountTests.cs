using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Features.Users;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>
/// An administrator creates a staff account, which is invited (in its own language), announced with
/// <see cref="StaffMemberChanged"/> and audited; reactivates an account; resends an invitation.
/// </summary>
public sealed class StaffAccountTests(BusFixture fixture) : IClassFixture<BusFixture>
{
    private const string Password = "Test!2026password";
    private const string NewPassword = "Nieuw!2026wachtwoord";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Operator_creates_a_mentor_who_is_invited_in_english_announced_and_audited()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<StaffMemberChanged>());
        var (admin, api) = await AdministratorAsync(Roles.Operator);
        var email = NewEmail();

        var response = await api.PostAsJsonAsync("/api/users", new CreateStaffAccountRequest(email, "Mia Mentor", [Roles.Mentor], "E-1001", "en"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<UserSummary>())!;
        Assert.Equal($"/api/users/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((email, "Mia Mentor", "E-1001", "en", true, true), (created.Email, created.DisplayName, created.EmployeeNumber, created.Language, created.Active, created.InvitationPending));
        Assert.Equal([Roles.Mentor], created.Roles);
        Assert.NotNull(created.StaffId);

        var mail = await fixture.MailToAsync(email);
        Assert.Equal("Welcome to PartnershipHub", mail.Subject);
        Assert.Contains("Dear Mia Mentor", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Beste", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);

        var announced = await events.WaitForAsync<StaffMemberChanged>(e => e.UserId == created.Id);
        Assert.Equal((created.StaffId!.Value, "Mia Mentor", email, true, "en", 1L), (announced.StaffId, announced.DisplayName, announced.Email, announced.Active, announced.Language, announced.Version));
        Assert.Equal([Roles.Mentor], announced.Roles);

        var audit = await fixture.InDatabaseAsync(db => db.AuditEntries.Where(e => e.UserId == created.Id).ToListAsync());
        Assert.Contains(audit, e => e.Event == AuditEvents.StaffAccountCreated && e.Actor == admin.Id.ToString() && e.Detail == "[mentor]");
        Assert.Contains(audit, e => e.Event == AuditEvents.InvitationSent && e.Actor == admin.Id.ToString());
    }

    [Fact]
    public async Task A_staff_member_without_a_chosen_language_is_invited_in_dutch_only()
    {
        var (_, api) = await AdministratorAsync(Roles.Coordinator);
        var email = NewEmail();

        var response = await api.PostAsJsonAsync("/api/users", new CreateStaffAccountRequest(email, "Tom Docent", [Roles.Teacher, Roles.Mentor], null, null));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("nl", (await response.Content.ReadFromJsonAsync<UserSummary>())!.Language);
        var mail = await fixture.MailToAsync(email);
        Assert.Equal("Welkom bij PartnershipHub", mail.Subject);
        Assert.Contains("Beste Tom Docent", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("invited", mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_invited_staff_member_chooses_a_password_and_signs_in_with_their_staff_id_and_role()
    {
        var (_, api) = await AdministratorAsync(Roles.Operator);
        var created = await CreateAsync(api, Roles.Mentor);
        var token = BusFixture.InvitationToken(await fixture.MailToAsync(created.Email));

        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(token)).StatusCode);

        var tokens = await _oidc.SignInWithCodeFlowAsync(created.Email, NewPassword);
        Assert.Equal(created.StaffId.ToString(), tokens.Jwt.Claims.Single(c => c.Type == ClaimNames.StaffId).Value);
        Assert.Equal([Roles.Mentor], tokens.Jwt.Claims.Where(c => c.Type == ClaimNames.Role).Select(c => c.Value));
        Assert.False((await api.GetFromJsonAsync<UserSummary>($"/api/users/{created.Id}"))!.InvitationPending);
    }

    [Theory]
    [InlineData("""{"email":"not-an-address","displayName":"A","roles":["mentor"]}""", "email")]
    [InlineData("""{"displayName":"A","roles":["mentor"]}""", "email")]
    [InlineData("""{"email":"a@school.nl","displayName":"","roles":["mentor"]}""", "displayName")]
    [InlineData("""{"email":"a@school.nl","roles":["mentor"]}""", "displayName")]
    [InlineData("""{"email":"a@school.nl","displayName":"A","roles":[]}""", "roles")]
    [InlineData("""{"email":"a@school.nl","displayName":"A"}""", "roles")]
    [InlineData("""{"email":"a@school.nl","displayName":"A","roles":["student"]}""", "roles")]
    [InlineData("""{"email":"a@school.nl","displayName":"A","roles":["king"]}""", "roles")]
    [InlineData("""{"email":"a@school.nl","displayName":"A","roles":["mentor"],"employeeNumber":"123456789012345678901234567890123456789012345678901"}""", "employeeNumber")]
    [InlineData("""{"email":"a@school.nl","displayName":"A","roles":["mentor"],"employeeNumber":"12\u000734"}""", "employeeNumber")]
    [InlineData("""{"email":"a@school.nl","displayName":"A","roles":["mentor"],"language":"de"}""", "language")]
    [InlineData("""{"email":"a@school.nl","displayName":"A","roles":"mentor"}""", "roles")]
    public async Task Bad_input_is_a_400_naming_the_field(string json, string field)
    {
        var (_, api) = await AdministratorAsync(Roles.Operator);

        var response = await api.PostAsync("/api/users", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        Assert.Contains(problem.Errors.Keys, key => key.StartsWith(field, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(Roles.Operator)]
    [InlineData(Roles.Care)]
    public async Task A_coordinator_cannot_create_an_account_with_a_role_only_an_operator_grants(string role)
    {
        var (_, api) = await AdministratorAsync(Roles.Coordinator);
        var email = NewEmail();

        var response = await api.PostAsJsonAsync("/api/users", new CreateStaffAccountRequest(email, "X", [Roles.Mentor, role], null, null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await fixture.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Theory]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Student)]
    [InlineData(Roles.Care)]
    public async Task Staff_who_are_not_administrators_and_students_are_refused(string role)
    {
        var (_, tokens) = await _oidc.SignedInAsync(role, u =>
        {
            if (role == Roles.Student)
            {
                u.StudentId = Guid.NewGuid();
            }
            else
            {
                u.StaffId = Guid.NewGuid();
            }
        });
        var api = _oidc.Api(tokens.AccessToken);
        var someone = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.StaffId = Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/users", new CreateStaffAccountRequest(NewEmail(), "X", [Roles.Mentor], null, null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/users/{someone.Id}/reactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/users/{someone.Id}/invitation", null)).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_new_endpoints_are_a_401()
    {
        var api = _oidc.Api();
        var id = Guid.NewGuid();

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/api/users", new CreateStaffAccountRequest(NewEmail(), "X", [Roles.Mentor], null, null))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsync($"/api/users/{id}/reactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsync($"/api/users/{id}/invitation", null)).StatusCode);
    }

    [Fact]
    public async Task An_address_or_employee_number_in_use_is_a_409_naming_the_rule()
    {
        var (_, api) = await AdministratorAsync(Roles.Operator);
        var existing = await CreateAsync(api, Roles.Teacher, employeeNumber: $"N{Guid.NewGuid():N}"[..12]);
        var student = await _oidc.CreateUserAsync(Password, [Roles.Student], u => u.StudentId = Guid.NewGuid());

        var sameAddress = await api.PostAsJsonAsync("/api/users", new CreateStaffAccountRequest(existing.Email.ToUpperInvariant(), "Y", [Roles.Mentor], null, null));
        var studentsAddress = await api.PostAsJsonAsync("/api/users", new CreateStaffAccountRequest(student.Email, "Y", [Roles.Mentor], null, null));
        var sameNumber = await api.PostAsJsonAsync("/api/users", new CreateStaffAccountRequest(NewEmail(), "Y", [Roles.Mentor], existing.EmployeeNumber, null));

        await AssertConflictAsync(sameAddress, StaffAccountsApi.EmailInUse);
        await AssertConflictAsync(studentsAddress, StaffAccountsApi.EmailInUse);
        await AssertConflictAsync(sameNumber, StaffAccountsApi.EmployeeNumberInUse);
    }

    [Fact]
    public async Task Deactivated_staff_member_is_reactivated_signs_in_again_and_both_are_announced()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<StaffMemberChanged>());
        var (admin, api) = await AdministratorAsync(Roles.Coordinator);
        var mentor = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.StaffId = Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/users/{mentor.Id}/deactivate", null)).StatusCode);
        await AssertConflictAsync(await api.PostAsync($"/api/users/{mentor.Id}/invitation", null), StaffAccountsApi.DeactivatedAccount);

        var response = await api.PostAsync($"/api/users/{mentor.Id}/reactivate", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _oidc.SignInWithCodeFlowAsync(mentor.Email!, Password)).Status);
        var deactivated = await events.WaitForAsync<StaffMemberChanged>(e => e.UserId == mentor.Id && !e.Active);
        var reactivated = await events.WaitForAsync<StaffMemberChanged>(e => e.UserId == mentor.Id && e.Active);
        Assert.Equal((1L, 2L), (deactivated.Version, reactivated.Version));
        Assert.Equal([Roles.Mentor], reactivated.Roles);
        var audit = await fixture.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.UserId == mentor.Id && e.Event == AuditEvents.Reactivated));
        Assert.Equal((admin.Id.ToString(), "was: by administrator"), (audit.Actor, audit.Detail));
        await AssertConflictAsync(await api.PostAsync($"/api/users/{mentor.Id}/reactivate", null), ApplicationUser.NotDeactivatedRule);
    }

    [Fact]
    public async Task Reactivation_refuses_a_trainer_without_a_company_an_operators_account_for_a_coordinator_oneself_and_the_unknown()
    {
        var (self, coordinator) = await AdministratorAsync(Roles.Coordinator);
        var trainer = await _oidc.CreateUserAsync(Password, [Roles.Trainer], u =>
        {
            u.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), 1);
            u.Deactivate(DateTimeOffset.UtcNow, ApplicationUser.NoCompanyLeft);
        });
        var care = await _oidc.CreateUserAsync(Password, [Roles.Care], u =>
        {
            u.StaffId = Guid.NewGuid();
            u.Deactivate(DateTimeOffset.UtcNow);
        });

        await AssertConflictAsync(await coordinator.PostAsync($"/api/users/{trainer.Id}/reactivate", null), ApplicationUser.NoCompanyLeftRule);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/api/users/{care.Id}/reactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/api/users/{self.Id}/reactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"/api/users/{Guid.NewGuid()}/reactivate", null)).StatusCode);
        Assert.False(await fixture.InDatabaseAsync(db => db.Users.Where(u => u.Id == care.Id).Select(u => u.DeactivatedAt == null).SingleAsync()));
    }

    [Fact]
    public async Task A_resent_invitation_replaces_the_earlier_link_and_a_used_one_cannot_be_resent()
    {
        var (_, api) = await AdministratorAsync(Roles.Operator);
        var created = await CreateAsync(api, Roles.Teacher);
        var first = BusFixture.InvitationToken(await fixture.MailToAsync(created.Email));

        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync($"/api/users/{created.Id}/invitation", null)).StatusCode);

        var second = BusFixture.InvitationToken(await fixture.MailToAsync(created.Email, nth: 2));
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.Conflict, (await AcceptAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(second)).StatusCode);
        await AssertConflictAsync(await api.PostAsync($"/api/users/{created.Id}/invitation", null), StaffAccountsApi.InvitationUsed);
    }

    [Fact]
    public async Task Resending_refuses_oneself_an_account_the_administrator_may_not_touch_and_the_unknown()
    {
        var (self, coordinator) = await AdministratorAsync(Roles.Coordinator);
        var (_, operatorApi) = await AdministratorAsync(Roles.Operator);
        var care = await CreateAsync(operatorApi, Roles.Care);

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/api/users/{self.Id}/invitation", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/api/users/{care.Id}/invitation", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"/api/users/{Guid.NewGuid()}/invitation", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await operatorApi.PostAsync($"/api/users/{care.Id}/invitation", null)).StatusCode);
    }

    [Fact]
    public async Task A_role_change_announces_the_staff_member_with_the_next_version()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<StaffMemberChanged>());
        var (_, api) = await AdministratorAsync(Roles.Operator);
        var created = await CreateAsync(api, Roles.Teacher);

        var response = await api.PutAsJsonAsync($"/api/users/{created.Id}/roles", new AssignRolesRequest([Roles.Teacher, Roles.Mentor], null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var changed = await events.WaitForAsync<StaffMemberChanged>(e => e.UserId == created.Id && e.Version == 2);
        Assert.Equal([Roles.Mentor, Roles.Teacher], changed.Roles);
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/users/{created.Id}/roles", new AssignRolesRequest([], null))).StatusCode);
        Assert.Empty((await events.WaitForAsync<StaffMemberChanged>(e => e.UserId == created.Id && e.Version == 3)).Roles);
    }

    [Fact]
    public async Task Accounts_that_are_not_staff_are_never_announced()
    {
        var (_, api) = await AdministratorAsync(Roles.Operator);
        var trainer = await _oidc.CreateUserAsync(Password, [Roles.Trainer], u => u.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), 1));

        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/users/{trainer.Id}/deactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/users/{trainer.Id}/reactivate", null)).StatusCode);

        Assert.Equal(0, await AnnouncementsOfAsync(trainer.Id));
        Assert.Equal(0L, await fixture.InDatabaseAsync(db => db.Users.Where(u => u.Id == trainer.Id).Select(u => u.StaffVersion).SingleAsync()));
    }

    [Fact]
    public async Task The_demo_seed_announces_its_staff_once_also_in_a_database_seeded_before()
    {
        await RunDemoSeedAsync();
        var staff = DemoAccounts.All.Where(d => d.StaffId is not null).ToList();
        foreach (var demo in staff)
        {
            Assert.Equal(1, await AnnouncementsOfAsync(demo.UserId));
        }

        // A database seeded before announcements existed: the staff accounts are there, never announced.
        await fixture.InDatabaseAsync(db => db.Users.Where(u => u.StaffId != null && staff.Select(d => d.UserId).Contains(u.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.StaffVersion, 0L)));
        await RunDemoSeedAsync();
        await RunDemoSeedAsync();

        foreach (var demo in staff)
        {
            Assert.Equal(2, await AnnouncementsOfAsync(demo.UserId));
        }

        Assert.Equal(0, await AnnouncementsOfAsync(DemoAccounts.Trainer.UserId));
        var mentor = await fixture.InDatabaseAsync(db => db.Database.SqlQuery<string>($"""
            SELECT payload::text AS "Value" FROM outbox_messages
            WHERE message_type LIKE {"%." + nameof(StaffMemberChanged) + ",%"} AND payload->>'userId' = {DemoAccounts.Mentor.UserId.ToString()}
            ORDER BY (payload->>'version')::int DESC LIMIT 1
            """).SingleAsync());
        var payload = JsonDocument.Parse(mentor).RootElement;
        Assert.Equal(DemoAccounts.Mentor.StaffId.ToString(), payload.GetProperty("staffId").GetString());
        Assert.Equal(Roles.Mentor, payload.GetProperty("roles")[0].GetString());
    }

    private async Task RunDemoSeedAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await fixture.Factory.Services.GetRequiredService<IdentitySeed>().RunAsync(scope.ServiceProvider, CancellationToken.None);
    }

    private async Task<(ApplicationUser User, HttpClient Api)> AdministratorAsync(string role)
    {
        var (user, tokens) = await _oidc.SignedInAsync(role, u => u.StaffId = Guid.NewGuid());
        return (user, _oidc.Api(tokens.AccessToken));
    }

    private static async Task<UserSummary> CreateAsync(HttpClient api, string role, string? employeeNumber = null)
    {
        var response = await api.PostAsJsonAsync("/api/users", new CreateStaffAccountRequest(NewEmail(), $"New {role}", [role], employeeNumber, null));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UserSummary>())!;
    }

    private async Task<HttpResponseMessage> AcceptAsync(string token)
    {
        var browser = _oidc.Browser();
        var form = await browser.GetAsync("/account/login");
        return await browser.PostAsync("/account/invitation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(await form.Content.ReadAsStringAsync()),
            ["token"] = token,
            ["password"] = NewPassword,
            ["confirmPassword"] = NewPassword,
        }));
    }

    private Task<int> AnnouncementsOfAsync(Guid userId) =>
        fixture.InDatabaseAsync(db => db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM outbox_messages
            WHERE message_type LIKE {"%." + nameof(StaffMemberChanged) + ",%"} AND payload->>'userId' = {userId.ToString()}
            """).SingleAsync());

    private static async Task AssertConflictAsync(HttpResponseMessage response, string rule)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(rule, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
    }

    private static string NewEmail() => $"staff-{Guid.NewGuid():N}@test.partnershiphub.nl";
}
