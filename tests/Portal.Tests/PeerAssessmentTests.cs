using System.Net;
using System.Text.Json;
using Bunit;
using PartnershipHub.Portal.Components.Pages.Student;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class PeerAssessmentTests : PortalTestContext
{
    private static readonly Guid Noor = Guid.Parse("5eed0000-0000-0000-0000-00000000c002");
    private const string ClassmatesCall = "GET /api/students/me/classmates";

    private StubHttpClientFactory Api()
    {
        var stub = UseApis(new()
        {
            [ClassmatesCall] = (HttpStatusCode.OK,
                $$"""[{"id":"5eed0000-0000-0000-0000-00000000c001","firstName":"Ali","lastName":"Bakker"},{"id":"{{Noor}}","firstName":"Noor","lastName":"Dekker"}]"""),
            [$"{ClassmatesCall}?text=noor"] = (HttpStatusCode.OK, $$"""[{"id":"{{Noor}}","firstName":"Noor","lastName":"Dekker"}]"""),
            ["GET /api/frameworks/current"] = (HttpStatusCode.OK, """
                {"frameworkId":"99999999-9999-9999-9999-999999999999","key":"beroepshouding","version":1,"name":"Beroepshouding",
                 "criteria":[{"key":"collaboration","name":"Samenwerken","description":null,"descriptors":{}}]}
                """),
            [$"GET /api/students/{Noor}/assessments"] = (HttpStatusCode.OK, "[]"),
            [$"POST /api/students/{Noor}/assessments"] = (HttpStatusCode.Created, $$"""
                {"assessmentId":"aaaaaaaa-0000-0000-0000-000000000001","studentId":"{{Noor}}","role":"peer","status":"draft","context":"formative",
                 "placementId":null,"ratings":[],"overallComment":null,"feedForward":null,"createdAt":"2026-11-23T10:00:00Z"}
                """),
        });
        AddAuthorization().SetAuthorized("student@demo").SetRoles("student");
        return stub;
    }

    [Fact]
    public void A_student_sees_their_classmates_by_name_each_with_a_link_to_assess_them()
    {
        Api();

        var page = Render<PeerAssessment>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=classmate]").Count));
        Assert.Contains("Noor Dekker", page.FindAll("[data-testid=classmate]")[1].TextContent);
        Assert.Equal($"/student/peer-assessment/{Noor}", page.FindAll("[data-testid=classmate] a")[1].GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=assessment-stepper]"));
    }

    [Fact]
    public void Searching_by_name_asks_students_for_that_name()
    {
        var stub = Api();

        var page = Render<PeerAssessment>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=classmate]").Count));
        page.Find("input[data-testid=peer-search]").Change("noor");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=classmate]")));
        Assert.Contains($"{ClassmatesCall}?text=noor", stub.Calls);
    }

    [Fact]
    public void Assessing_a_classmate_saves_an_assessment_in_the_peer_role_for_that_classmate()
    {
        var stub = Api();

        var page = Render<PeerAssessment>(p => p.Add(c => c.ClassmateId, Noor));
        page.WaitForAssertion(() => Assert.Equal("Beroepshouding van Noor Dekker", page.Find("[data-testid=peer-heading]").TextContent));
        page.WaitForElement("[data-testid=level-competent]").Change("competent");
        page.Find("button[data-testid=next]").Click();
        page.WaitForElement("button[data-testid=save-draft]").Click();

        page.WaitForAssertion(() => Assert.Single(stub.Bodies, b => b.Call == $"POST /api/students/{Noor}/assessments"));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == $"POST /api/students/{Noor}/assessments").Body);
        Assert.Equal("peer", body.RootElement.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("placementId").ValueKind);
    }

    [Fact]
    public void A_student_outside_the_class_is_not_offered_for_assessment()
    {
        var stub = Api();

        var page = Render<PeerAssessment>(p => p.Add(c => c.ClassmateId, Guid.NewGuid()));

        page.WaitForElement("[data-testid=not-a-classmate]");
        Assert.Empty(page.FindAll("[data-testid=assessment-stepper]"));
        Assert.DoesNotContain(stub.Calls, call => call.StartsWith("GET /api/frameworks", StringComparison.Ordinal));
    }
}
