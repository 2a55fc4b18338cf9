using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Components.Pages.Admin;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class StaffAccountDetailTests : PortalTestContext
{
    private static readonly Guid AccountId = Guid.Parse("a0000000-0000-0000-0000-000000000002");
    private static readonly Guid StaffId = Guid.Parse("5eed0000-0000-0000-0000-00000000a0ff");
    private static readonly string GetCall = $"GET /api/users/{AccountId}";

    private static string Account(string roles = "\"mentor\"", bool active = true, bool pending = true) => $$"""
        {"id":"{{AccountId}}","email":"nina@school.nl","displayName":"Nina Nieuw","roles":[{{roles}}],"studentId":null,"staffId":"{{StaffId}}",
         "companyIds":[],"active":{{(active ? "true" : "false")}},"lockedOut":false,"employeeNumber":"P-77","language":"nl","invitationPending":{{(pending ? "true" : "false")}}}
        """;

    private StubHttpClientFactory Api(string role, string account, params (string Call, HttpStatusCode Status, string Json)[] more)
    {
        var answers = new Dictionary<string, (HttpStatusCode Status, string Json)> { [GetCall] = (HttpStatusCode.OK, account) };
        foreach (var (call, status, json) in more)
        {
            answers[call] = (status, json);
        }

        var stub = UseApis(answers);
        AddAuthorization().SetAuthorized($"{role}@demo").SetRoles(role)
            .SetClaims(new System.Security.Claims.Claim("sub", "a0000000-0000-0000-0000-0000000000aa"));
        return stub;
    }

    private IRenderedComponent<StaffAccountDetail> RenderAccount(bool created = false)
    {
        if (created)
        {
            var navigation = Services.GetRequiredService<NavigationManager>();
            navigation.NavigateTo(navigation.GetUriWithQueryParameter("created", true));
        }

        var page = Render<StaffAccountDetail>(p => p.Add(c => c.Id, AccountId));
        page.WaitForAssertion(() => Assert.Equal("Nina Nieuw", page.Find("h1").TextContent));
        return page;
    }

    [Fact]
    public void A_new_account_says_its_invitation_went_out_and_can_send_it_again()
    {
        var stub = Api("coordinator", Account(), ($"POST /api/users/{AccountId}/invitation", HttpStatusCode.Accepted, ""));

        var page = RenderAccount(created: true);
        Assert.Equal("Het account is aangemaakt; de uitnodiging is verstuurd naar nina@school.nl.", page.Find("[data-testid=staff-notice]").TextContent);
        Assert.Contains("Uitnodiging nog niet gebruikt", page.Find("[data-testid=staff-status]").TextContent, StringComparison.Ordinal);
        page.Find("button[data-testid=staff-resend]").Click();

        page.WaitForAssertion(() => Assert.Equal("Er is een nieuwe uitnodiging verstuurd naar nina@school.nl.", page.Find("[data-testid=staff-notice]").TextContent));
        Assert.Contains($"POST /api/users/{AccountId}/invitation", stub.Calls);
    }

    [Fact]
    public void A_used_invitation_is_explained_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        Api("operator", Account(), ($"POST /api/users/{AccountId}/invitation", HttpStatusCode.Conflict, """{"status":409,"rule":"invitation-used"}"""));

        var page = RenderAccount();
        page.Find("button[data-testid=staff-resend]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("This colleague has already used the invitation.", page.Find("[data-testid=problem]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Deactivating_asks_for_confirmation_first_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        var stub = Api("coordinator", Account(pending: false), ($"POST /api/users/{AccountId}/deactivate", HttpStatusCode.NoContent, ""));

        var page = RenderAccount();
        Assert.Empty(page.FindAll("[data-testid=staff-resend]"));
        page.Find("button[data-testid=staff-deactivate]").Click();
        page.WaitForAssertion(() => Assert.Contains("Are you sure you want to deactivate Nina Nieuw's account?", page.Find("[data-testid=deactivate-confirm]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain($"POST /api/users/{AccountId}/deactivate", stub.Calls);

        page.Find("button[data-testid=deactivate-cancel]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=deactivate-confirm]")));
        Assert.DoesNotContain($"POST /api/users/{AccountId}/deactivate", stub.Calls);

        page.Find("button[data-testid=staff-deactivate]").Click();
        page.WaitForElement("button[data-testid=deactivate-yes]").Click();
        page.WaitForAssertion(() => Assert.Equal("The account of nina@school.nl has been deactivated.", page.Find("[data-testid=staff-notice]").TextContent));
        Assert.Single(stub.Calls, call => call == $"POST /api/users/{AccountId}/deactivate");
        Assert.Equal(2, stub.Calls.Count(call => call == GetCall));
    }

    [Fact]
    public void A_deactivated_account_can_be_reactivated_and_a_conflict_is_a_sentence()
    {
        var stub = Api("coordinator", Account(active: false, pending: false),
            ($"POST /api/users/{AccountId}/reactivate", HttpStatusCode.Conflict, """{"status":409,"rule":"not-deactivated"}"""));

        var page = RenderAccount();
        Assert.Contains("Gedeactiveerd", page.Find("[data-testid=staff-status]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=staff-deactivate]"));
        Assert.Empty(page.FindAll("[data-testid=roles-form]"));
        page.Find("button[data-testid=staff-reactivate]").Click();

        page.WaitForAssertion(() => Assert.Equal("Dit account is niet gedeactiveerd; het is al actief.", page.Find("[data-testid=problem]").TextContent));
        Assert.Contains($"POST /api/users/{AccountId}/reactivate", stub.Calls);
    }

    [Fact]
    public void A_coordinator_changes_roles_with_only_the_roles_they_may_grant()
    {
        var stub = Api("coordinator", Account(),
            ($"PUT /api/users/{AccountId}/roles", HttpStatusCode.OK, Account("\"mentor\",\"coordinator\"")));

        var page = RenderAccount();
        Assert.Equal(["role-mentor", "role-teacher", "role-coordinator"], page.FindAll("[data-testid^=role-]").Select(box => box.GetAttribute("data-testid")));
        StaffAccountNewTests.RoleBox(page.Find("[data-testid=role-coordinator]")).Change(true);
        page.Find("[data-testid=roles-form]").Submit();

        page.WaitForAssertion(() => Assert.StartsWith("De rollen zijn opgeslagen.", page.Find("[data-testid=staff-notice]").TextContent, StringComparison.Ordinal));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == $"PUT /api/users/{AccountId}/roles").Body);
        Assert.Equal(["mentor", "coordinator"], body.RootElement.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(StaffId, body.RootElement.GetProperty("staffId").GetGuid());
    }

    [Fact]
    public void A_refused_role_change_stands_beside_the_roles()
    {
        Api("operator", Account(),
            ($"PUT /api/users/{AccountId}/roles", HttpStatusCode.BadRequest, """{"status":400,"errors":{"roles":["Unknown role(s): x."]}}"""));

        var page = RenderAccount();
        Assert.Equal(5, page.FindAll("[data-testid^=role-]").Count);
        page.Find("[data-testid=roles-form]").Submit();

        page.WaitForAssertion(() => Assert.StartsWith("Kies een of meer medewerkersrollen", page.Find("[data-testid=roles-error]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void A_coordinator_leaves_an_operators_account_alone()
    {
        Api("coordinator", Account("\"operator\"", pending: false));

        var page = RenderAccount();

        Assert.StartsWith("Dit account heeft een rol die alleen een beheerder", page.Find("[data-testid=staff-not-yours]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Beheerder", page.Find("[data-testid=staff-roles]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=roles-form]"));
        Assert.Empty(page.FindAll("[data-testid=staff-deactivate]"));
    }

    [Fact]
    public void Nobody_changes_their_own_account_here()
    {
        UseApis(new() { [GetCall] = (HttpStatusCode.OK, Account("\"operator\"", pending: false)) });
        AddAuthorization().SetAuthorized("operator@demo").SetRoles("operator").SetClaims(new System.Security.Claims.Claim("sub", AccountId.ToString()));

        var page = RenderAccount();

        Assert.NotNull(page.Find("[data-testid=staff-self]"));
        Assert.Empty(page.FindAll("[data-testid=roles-form]"));
        Assert.Empty(page.FindAll("[data-testid=staff-deactivate]"));
    }

    [Fact]
    public void An_unknown_account_is_said_in_a_sentence()
    {
        UseApis(new() { [GetCall] = (HttpStatusCode.NotFound, "") });
        AddAuthorization().SetAuthorized("operator@demo").SetRoles("operator");

        var page = Render<StaffAccountDetail>(p => p.Add(c => c.Id, AccountId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.Find("[data-testid=problem]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=staff-facts]"));
    }
}
