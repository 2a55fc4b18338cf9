using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Components.Pages.Admin;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class StaffAccountNewTests : PortalTestContext
{
    private const string CreateCall = "POST /api/users";
    private static readonly Guid CreatedId = Guid.Parse("a0000000-0000-0000-0000-000000000001");

    private static readonly string Created = $$"""
        {"id":"{{CreatedId}}","email":"nieuw@school.nl","displayName":"Nina Nieuw","roles":["mentor","teacher"],"studentId":null,
         "staffId":"{{Guid.NewGuid()}}","companyIds":[],"active":true,"lockedOut":false,"employeeNumber":"P-77","language":"en","invitationPending":true}
        """;

    private StubHttpClientFactory Api(string role, HttpStatusCode status, string json)
    {
        var stub = UseApis(new() { [CreateCall] = (status, json) });
        AddAuthorization().SetAuthorized($"{role}@demo").SetRoles(role);
        return stub;
    }

    private static IReadOnlyList<string> RoleBoxes(IRenderedComponent<StaffAccountNew> page) =>
        [.. page.FindAll("[data-testid^=role-]").Select(box => box.GetAttribute("data-testid")!["role-".Length..])];

    /// <summary>A role's checkbox, whether the test id sits on the input or on the control around it.</summary>
    internal static AngleSharp.Dom.IElement RoleBox(AngleSharp.Dom.IElement marked) =>
        marked.TagName == "INPUT" ? marked : marked.QuerySelector("input")!;

    /// <summary>The text of a field's whole control (label, input, helper or error text) around its input.</summary>
    private static string Field(IRenderedComponent<StaffAccountNew> page, string testId) =>
        page.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;

    [Fact]
    public void A_coordinator_can_only_tick_mentor_teacher_and_coordinator()
    {
        Api("coordinator", HttpStatusCode.Created, Created);

        var page = Render<StaffAccountNew>();

        page.WaitForAssertion(() => Assert.Equal(["mentor", "teacher", "coordinator"], RoleBoxes(page)));
        var roles = page.Find("[data-testid=staff-roles]").TextContent;
        Assert.Contains("Mentor", roles, StringComparison.Ordinal);
        Assert.Contains("Docent", roles, StringComparison.Ordinal);
        Assert.Contains("Coördinator", roles, StringComparison.Ordinal);
        Assert.Equal(["Mentor", "Docent", "Coördinator"], page.FindAll("[data-testid^=role-]").Select(box => box.Closest(".mud-input-control")!.TextContent.Trim()));
        Assert.Contains("Zorgmedewerkers en beheerders maakt een beheerder aan.", roles, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operator_may_tick_every_staff_role_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        Api("operator", HttpStatusCode.Created, Created);

        var page = Render<StaffAccountNew>();

        page.WaitForAssertion(() => Assert.Equal(["mentor", "teacher", "coordinator", "care", "operator"], RoleBoxes(page)));
        Assert.Contains("Care staff", page.Find("[data-testid=staff-roles]").TextContent, StringComparison.Ordinal);
        Assert.Equal("New staff account", page.Find("h1").TextContent);
    }

    [Fact]
    public void Creating_sends_the_chosen_roles_and_language_and_opens_the_new_account()
    {
        var stub = Api("coordinator", HttpStatusCode.Created, Created);

        var page = Render<StaffAccountNew>();
        page.Find("input[data-testid=staff-name]").Change("Nina Nieuw");
        page.Find("input[data-testid=staff-email]").Change(" nieuw@school.nl ");
        RoleBox(page.Find("[data-testid=role-teacher]")).Change(true);
        page.Find("input[data-testid=staff-employee-number]").Change("P-77");
        page.FindAll("input[type=radio]")[1].Click();
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.EndsWith($"/admin/staff/{CreatedId}?created=true", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == CreateCall).Body);
        var root = body.RootElement;
        Assert.Equal("nieuw@school.nl", root.GetProperty("email").GetString());
        Assert.Equal("Nina Nieuw", root.GetProperty("displayName").GetString());
        Assert.Equal(["mentor", "teacher"], root.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal("P-77", root.GetProperty("employeeNumber").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
    }

    [Fact]
    public void Field_errors_are_sentences_beside_their_fields_in_dutch()
    {
        Api("coordinator", HttpStatusCode.BadRequest, """
            {"status":400,"errors":{"email":["'x' is not an e-mail address."],"displayName":["displayName is 1 to 200 characters."],
             "roles":["Give at least one staff role."],"employeeNumber":["employeeNumber is 1 to 50 characters."]}}
            """);

        var page = Render<StaffAccountNew>();
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Vul een geldig e-mailadres in", Field(page, "staff-email"), StringComparison.Ordinal));
        Assert.Contains("Vul een naam in van hoogstens 200 tekens.", Field(page, "staff-name"), StringComparison.Ordinal);
        Assert.Contains("Kies een of meer medewerkersrollen", page.Find("[data-testid=roles-error]").TextContent, StringComparison.Ordinal);
        Assert.Contains("1 tot 50 tekens", Field(page, "staff-employee-number"), StringComparison.Ordinal);
        Assert.DoesNotContain("is not an e-mail address", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("displayName", page.Find("form").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void An_address_in_use_is_explained_beside_the_email_field_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        Api("operator", HttpStatusCode.Conflict, """{"status":409,"title":"Conflict","rule":"email-in-use","detail":"An account with this e-mail exists."}""");

        var page = Render<StaffAccountNew>();
        page.Find("input[data-testid=staff-email]").Change("mentor@demo");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains(
            "An account with this e-mail address already exists.", Field(page, "staff-email"), StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void An_employee_number_in_use_stands_beside_that_field()
    {
        Api("coordinator", HttpStatusCode.Conflict, """{"status":409,"rule":"employee-number-in-use"}""");

        var page = Render<StaffAccountNew>();
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains(
            "Dit personeelsnummer hoort al bij een ander account.", Field(page, "staff-employee-number"), StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void A_role_the_administrator_may_not_grant_is_refused_in_a_sentence_above_the_button()
    {
        Api("coordinator", HttpStatusCode.Forbidden, "");

        var page = Render<StaffAccountNew>();
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal(
            "Je mag dit niet zien of doen met jouw rol.", page.Find("[data-testid=problem]").TextContent));
    }
}
