using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.Identity.Features.Audit;
using PartnershipHub.Identity.Features.Users;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

public sealed class AdminApiTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private const string Password = "Test!2026password";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Coordinator_lists_users_filtered_by_role()
    {
        var teacher = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = Guid.NewGuid());
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Coordinator);

        var page = await _oidc.Api(tokens.AccessToken).GetFromJsonAsync<UserPage>("/api/users?role=teacher&pageSize=200");

        Assert.Contains(page!.Items, u => u.Id == teacher.Id && u.Roles.SequenceEqual([Roles.Teacher]) && u.Active);
        Assert.All(page.Items, u => Assert.Contains(Roles.Teacher, u.Roles));
    }

    [Fact]
    public async Task Staff_filter_separates_school_staff_from_students_and_trainers()
    {
        var teacher = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = Guid.NewGuid());
        var student = await _oidc.CreateUserAsync(Password, [Roles.Student], u => u.StudentId = Guid.NewGuid());
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Coordinator);
        var api = _oidc.Api(tokens.AccessToken);

        var staff = await api.GetFromJsonAsync<UserPage>($"/api/users?staff=true&pageSize=200&search={teacher.Email}");
        var others = await api.GetFromJsonAsync<UserPage>($"/api/users?staff=false&pageSize=200&search={student.Email}");
        var noStudentsAmongStaff = await api.GetFromJsonAsync<UserPage>($"/api/users?staff=true&pageSize=200&search={student.Email}");

        Assert.Equal([teacher.Id], staff!.Items.Select(u => u.Id));
        Assert.Equal([student.Id], others!.Items.Select(u => u.Id));
        Assert.Empty(noStudentsAmongStaff!.Items);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/users?staff=perhaps")).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_admin_api_is_a_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _oidc.Api().GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task Trainer_is_refused_the_admin_api()
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Trainer, u => u.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), 1));

        Assert.Equal(HttpStatusCode.Forbidden, (await _oidc.Api(tokens.AccessToken).GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task Token_for_another_api_is_refused_by_the_admin_api()
    {
        var services = await _oidc.ClientCredentialsAsync(scope: "students");

        Assert.Equal(HttpStatusCode.Unauthorized, (await _oidc.Api(services.AccessToken).GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task Test_token_signed_by_another_key_is_refused()
    {
        var forged = PartnershipHub.Testing.TestTokens.Operator("identity-api");

        Assert.Equal(HttpStatusCode.Unauthorized, (await _oidc.Api(forged).GetAsync("/api/users")).StatusCode);
    }

    [Theory]
    [InlineData("/api/users?page=0")]
    [InlineData("/api/users?pageSize=1000")]
    [InlineData("/api/users?role=king")]
    [InlineData("/api/users?page=abc")]
    public async Task Bad_query_values_are_a_400(string url)
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);

        var response = await _oidc.Api(tokens.AccessToken).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors);
    }

    [Theory]
    [InlineData("/api/users?page=2147483647", "page")]
    [InlineData("/api/users?page=2147483647&pageSize=200", "page")]
    [InlineData("/api/users?page=10000001&pageSize=1", "page")]
    [InlineData("/api/users?pageSize=2147483647", "pageSize")]
    public async Task Huge_page_numbers_are_a_400_naming_the_field_not_a_500(string url, string field)
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Coordinator);

        var response = await _oidc.Api(tokens.AccessToken).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    [Theory]
    [InlineData("/api/users?search=a%00b")]
    [InlineData("/api/users?search=a%09b")]
    [InlineData("/api/users?role=mentor%00")]
    public async Task Control_characters_in_the_query_are_a_400_naming_the_field(string url)
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Coordinator);

        var response = await _oidc.Api(tokens.AccessToken).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var field = url.Split('?')[1].Split('=')[0];
        Assert.Equal([field], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    [Fact]
    public async Task A_search_longer_than_any_name_or_address_is_a_400()
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Coordinator);

        var response = await _oidc.Api(tokens.AccessToken).GetAsync($"/api/users?search={new string('a', 5000)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["search"], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    [Fact]
    public async Task Unknown_user_is_a_404()
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);
        var api = _oidc.Api(tokens.AccessToken);

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/users/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"/api/users/{Guid.NewGuid()}/roles", new AssignRolesRequest([], null))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/users/{Guid.NewGuid()}/deactivate", null)).StatusCode);
    }

    [Fact]
    public async Task Operator_makes_a_teacher_a_mentor_and_the_next_token_says_so()
    {
        var (teacher, teacherTokens) = await _oidc.SignedInAsync(Roles.Teacher, u => u.StaffId = Guid.NewGuid());
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);

        var response = await _oidc.Api(tokens.AccessToken).PutAsJsonAsync($"/api/users/{teacher.Id}/roles", new AssignRolesRequest([Roles.Mentor], null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The old refresh token carried the old roles, so it was revoked; signing in again gives the new ones.
        Assert.Equal(HttpStatusCode.BadRequest, (await _oidc.RefreshAsync(teacherTokens.RefreshToken!)).Status);
        var fresh = await _oidc.SignInWithCodeFlowAsync(teacher.Email!, Password);
        Assert.Equal([Roles.Mentor], fresh.Jwt.Claims.Where(c => c.Type == ClaimNames.Role).Select(c => c.Value));
        var audit = await fixture.InDatabaseAsync(db => db.AuditEntries.Where(e => e.UserId == teacher.Id && e.Event == AuditEvents.RolesChanged).ToListAsync());
        Assert.Equal("[teacher] -> [mentor]", Assert.Single(audit).Detail);
    }

    [Theory]
    [InlineData("""{"roles":["king"]}""", "roles")]
    [InlineData("""{"roles":null}""", "roles")]
    [InlineData("""{"roles":["care"]}""", "staffId")]
    [InlineData("""{"roles":["student"]}""", "roles")]
    [InlineData("""{"roles":"mentor"}""", "roles")]
    [InlineData("""{"roles":[],"staffId":"not-a-guid"}""", "staffId")]
    [InlineData("""{"roles":[""", "roles")]
    public async Task Bad_role_assignments_are_a_400_naming_the_field(string json, string field)
    {
        var user = await _oidc.CreateUserAsync(Password, []);
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);

        var response = await _oidc.Api(tokens.AccessToken).PutAsync(
            $"/api/users/{user.Id}/roles", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Contains(problem!.Errors.Keys, key => key.StartsWith(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Coordinator_cannot_hand_out_the_operator_role()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = Guid.NewGuid());
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Coordinator);

        var response = await _oidc.Api(tokens.AccessToken).PutAsJsonAsync($"/api/users/{user.Id}/roles", new AssignRolesRequest([Roles.Operator], null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Coordinator_cannot_deactivate_an_operator()
    {
        var operatorUser = await _oidc.CreateUserAsync(Password, [Roles.Operator]);
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Coordinator);

        var response = await _oidc.Api(tokens.AccessToken).PostAsync($"/api/users/{operatorUser.Id}/deactivate", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Nobody_changes_their_own_roles_or_deactivates_themself()
    {
        var (self, tokens) = await _oidc.SignedInAsync(Roles.Operator);
        var api = _oidc.Api(tokens.AccessToken);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync($"/api/users/{self.Id}/roles", new AssignRolesRequest([Roles.Operator, Roles.Coordinator], null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/users/{self.Id}/deactivate", null)).StatusCode);
    }

    [Fact]
    public async Task Deactivation_stops_refresh_tokens_and_access_tokens_at_once()
    {
        var (victim, victimTokens) = await _oidc.SignedInAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.OK, (await _oidc.Api(victimTokens.AccessToken).GetAsync("/api/users")).StatusCode);
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);
        var api = _oidc.Api(tokens.AccessToken);

        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/users/{victim.Id}/deactivate", null)).StatusCode);

        var refresh = await _oidc.RefreshAsync(victimTokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.Status);
        Assert.Equal("invalid_grant", refresh.Error);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _oidc.Api(victimTokens.AccessToken).GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/users/{victim.Id}/deactivate", null)).StatusCode);
        var summary = await api.GetFromJsonAsync<UserSummary>($"/api/users/{victim.Id}");
        Assert.False(summary!.Active);
    }

    [Fact]
    public async Task Operator_reads_the_audit_log_of_one_user_and_a_coordinator_may_not()
    {
        var (coordinator, coordinatorTokens) = await _oidc.SignedInAsync(Roles.Coordinator);
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);

        var entries = await _oidc.Api(tokens.AccessToken).GetFromJsonAsync<List<AuditEntryResponse>>($"/api/audit?userId={coordinator.Id}");

        Assert.Contains(entries!, e => e.Event == AuditEvents.SignInSucceeded && e.UserId == coordinator.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await _oidc.Api(coordinatorTokens.AccessToken).GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _oidc.Api(tokens.AccessToken).GetAsync("/api/audit?take=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _oidc.Api(tokens.AccessToken).GetAsync("/api/audit?userId=nope")).StatusCode);
    }
}
