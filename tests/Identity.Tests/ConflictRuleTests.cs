using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnershipHub.Identity.Features.Users;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>Every 409 of the admin API names its rule, so the portal can say it in the user's language.</summary>
public sealed class ConflictRuleTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private const string Password = "Test!2026password";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Another_accounts_staff_id_is_refused_with_rule_staff_id_in_use()
    {
        var owner = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.StaffId = Guid.NewGuid());
        var newcomer = await _oidc.CreateUserAsync(Password, []);
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);

        var response = await _oidc.Api(tokens.AccessToken)
            .PutAsJsonAsync($"/api/users/{newcomer.Id}/roles", new AssignRolesRequest([Roles.Mentor], owner.StaffId));

        await AssertConflictAsync(response, "staff-id-in-use",
            $"Staff id {owner.StaffId} belongs to another account; a staff id is never shared or moved.");
    }

    [Fact]
    public async Task Deactivating_twice_is_refused_with_rule_already_deactivated()
    {
        var victim = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.StaffId = Guid.NewGuid());
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);
        var api = _oidc.Api(tokens.AccessToken);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/users/{victim.Id}/deactivate", null)).StatusCode);

        var again = await api.PostAsync($"/api/users/{victim.Id}/deactivate", null);

        await AssertConflictAsync(again, "already-deactivated", "The account is already deactivated.");
    }

    private static async Task AssertConflictAsync(HttpResponseMessage response, string rule, string detail)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal("Conflict", problem.GetProperty("title").GetString());
    }
}
