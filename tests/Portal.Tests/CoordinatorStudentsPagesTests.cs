using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using PartnershipHub.Portal.Components.Pages.Coordinator;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The coordinator's students pages: the paged list, enrolling one, the mentor, the status and cancelling.</summary>
public sealed class CoordinatorStudentsPagesTests : PortalTestContext
{
    private const string Mentors = "GET /api/mentors?pageSize=200";
    private const string FirstPage = "GET /api/students?page=1&pageSize=25";
    private static readonly Guid StudentId = Guid.Parse("b0000000-0000-0000-0000-000000000001");
    private static readonly Guid MilaId = Guid.Parse("c0000000-0000-0000-0000-000000000001");
    private static readonly Guid NoahId = Guid.Parse("c0000000-0000-0000-0000-000000000002");

    private static readonly string MentorList = $$"""
        {"items":[{"staffId":"{{MilaId}}","displayName":"Mila Mentor","students":24},{"staffId":"{{NoahId}}","displayName":"Noah Nieuw","students":3}],
         "page":1,"pageSize":200,"total":2}
        """;

    private static string StudentPage(int total, int page = 1) => $$"""
        {"items":[
          {"id":"{{StudentId}}","studentNumber":"100200","firstName":"Sanne","lastName":"Jansen","cohort":"2025-VK2","status":"active",
           "crebo":"25258","qualificationName":"Verkoper","level":2,"mentorStaffId":"{{MilaId}}","intakeComplete":false,"mentorActive":true},
          {"id":"{{Guid.NewGuid()}}","studentNumber":"100201","firstName":"Sanne","lastName":"Jansen","cohort":"2025-VK2","status":"leftEarly",
           "crebo":"25258","qualificationName":"Verkoper","level":2,"mentorStaffId":null,"intakeComplete":true,"mentorActive":false}],
         "page":{{page}},"pageSize":25,"total":{{total}}}
        """;

    private static string Record(Guid? mentor, string status = "active", string? reason = null) => $$"""
        {"id":"{{StudentId}}","studentNumber":"100200","firstName":"Sanne","lastName":"Jansen","cohort":"2025-VK2","status":"{{status}}",
         "leavingReason":{{(reason is null ? "null" : $"\"{reason}\"")}},"statusDate":"2026-09-01",
         "currentEnrolment":{"id":"{{Guid.NewGuid()}}","crebo":"25258","qualificationName":"Verkoper","level":2,"route":"bol","startDate":"2026-09-01","expectedEndDate":"2028-07-01","team":"Retail","endedOn":null},
         "mentorStaffId":{{(mentor is null ? "null" : $"\"{mentor}\"")}},"intakeComplete":false,"version":1,
         "personalDetails":{"dateOfBirth":"2009-03-14","isMinor":true,"email":"sanne@example.nl","phone":"06 12345678","homePostcode":"3511 AB","homeLatitude":null,"homeLongitude":null},
         "enrolmentHistory":[],"mentorHistory":[],"mentorActive":{{(mentor is null ? "false" : "true")}}}
        """;

    private StubHttpClientFactory Api(Dictionary<string, (HttpStatusCode Status, string Json)> answers)
    {
        answers[Mentors] = (HttpStatusCode.OK, MentorList);
        var stub = UseApis(answers);
        AddAuthorization().SetAuthorized("coordinator@demo").SetRoles("coordinator");
        return stub;
    }

    private static string Field<T>(IRenderedComponent<T> page, string testId)
        where T : IComponent =>
        page.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;

    [Fact]
    public void The_list_pages_with_the_total_and_filters_in_the_query()
    {
        var stub = Api(new()
        {
            [FirstPage] = (HttpStatusCode.OK, StudentPage(1250)),
            ["GET /api/students?page=2&pageSize=25"] = (HttpStatusCode.OK, StudentPage(1250, 2)),
            ["GET /api/students?page=1&pageSize=25&text=Jansen&crebo=25258"] = (HttpStatusCode.OK, StudentPage(2)),
        });

        var page = Render<StudentsList>();

        page.WaitForAssertion(() => Assert.Equal("Gevonden studenten: 1.250 · pagina 1 van 50", page.Find("[data-testid=students-count]").TextContent.Trim()));
        var rows = page.Find("[data-testid=students-table]").TextContent;
        Assert.Contains("100200", rows, StringComparison.Ordinal);
        Assert.Contains("25258 Verkoper", rows, StringComparison.Ordinal);
        Assert.Contains("Mila Mentor", rows, StringComparison.Ordinal);
        Assert.Contains("Voortijdig gestopt", rows, StringComparison.Ordinal);
        Assert.Contains("Geen mentor", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("leftEarly", rows, StringComparison.Ordinal);
        Assert.Equal($"/coordinator/students/{StudentId}", page.Find("[data-testid=student-link]").GetAttribute("href"));

        page.InvokeAsync(() => page.FindComponent<MudPagination>().Instance.SelectedChanged.InvokeAsync(2));
        page.WaitForAssertion(() => Assert.Equal("Gevonden studenten: 1.250 · pagina 2 van 50", page.Find("[data-testid=students-count]").TextContent.Trim()));

        page.Find("input[data-testid=students-search]").Change("Jansen");
        page.Find("input[data-testid=students-crebo]").Change("25258");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Equal("Gevonden studenten: 2 · pagina 1 van 1", page.Find("[data-testid=students-count]").TextContent.Trim()));
        Assert.Contains("GET /api/students?page=1&pageSize=25&text=Jansen&crebo=25258", stub.Calls);
    }

    [Fact]
    public void Filtering_by_status_and_mentor_asks_the_database_and_a_bad_crebo_is_a_sentence_beside_its_field()
    {
        var stub = Api(new()
        {
            [FirstPage] = (HttpStatusCode.OK, StudentPage(2)),
            [$"GET /api/students?page=1&pageSize=25&status=leftEarly&mentor={MilaId}"] = (HttpStatusCode.OK, StudentPage(1)),
            ["GET /api/students?page=1&pageSize=25&crebo=123"] = (HttpStatusCode.BadRequest, """{"status":400,"errors":{"crebo":["A crebo code is exactly 5 digits."]}}"""),
        });
        var page = Render<StudentsList>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=student-link]").Count));

        page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("leftEarly"));
        page.InvokeAsync(() => page.FindComponent<MudSelect<Guid?>>().Instance.ValueChanged.InvokeAsync(MilaId));
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Contains($"GET /api/students?page=1&pageSize=25&status=leftEarly&mentor={MilaId}", stub.Calls));

        page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync(""));
        page.InvokeAsync(() => page.FindComponent<MudSelect<Guid?>>().Instance.ValueChanged.InvokeAsync(null));
        page.Find("input[data-testid=students-crebo]").Change("123");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Contains("Een crebo bestaat uit precies vijf cijfers.", Field(page, "students-crebo"), StringComparison.Ordinal));
        Assert.DoesNotContain("exactly 5 digits", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void Enrolling_sends_the_form_and_opens_the_new_student()
    {
        var stub = Api(new() { ["POST /api/students"] = (HttpStatusCode.Created, Record(MilaId)) });

        var page = Render<StudentsNew>();
        page.WaitForAssertion(() => Assert.Contains(Mentors, stub.Calls));
        page.Find("input[data-testid=field-studentNumber]").Change(" 100200 ");
        page.Find("input[data-testid=field-firstName]").Change("Sanne");
        page.Find("input[data-testid=field-lastName]").Change("Jansen");
        page.Find("input[data-testid=field-dateOfBirth]").Change("2009-03-14");
        page.Find("input[data-testid=field-cohort]").Change("2025-VK2");
        page.Find("input[data-testid=field-crebo]").Change("25258");
        page.Find("input[data-testid=field-qualificationName]").Change("Verkoper");
        page.Find("input[data-testid=field-startDate]").Change("2026-09-01");
        page.Find("input[data-testid=field-expectedEndDate]").Change("2028-07-01");
        page.InvokeAsync(() => page.FindComponent<MudSelect<int?>>().Instance.ValueChanged.InvokeAsync(2));
        page.InvokeAsync(() => page.FindComponent<MudSelect<Guid?>>().Instance.ValueChanged.InvokeAsync(NoahId));
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.EndsWith($"/coordinator/students/{StudentId}?enrolled=true", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == "POST /api/students").Body);
        var root = body.RootElement;
        Assert.Equal("100200", root.GetProperty("studentNumber").GetString());
        Assert.Equal("2009-03-14", root.GetProperty("dateOfBirth").GetString());
        Assert.Equal(NoahId, root.GetProperty("mentorStaffId").GetGuid());
        var enrolment = root.GetProperty("enrolment");
        Assert.Equal("25258", enrolment.GetProperty("crebo").GetString());
        Assert.Equal(2, enrolment.GetProperty("level").GetInt32());
        Assert.Equal("bol", enrolment.GetProperty("route").GetString());
        Assert.Equal("2026-09-01", enrolment.GetProperty("startDate").GetString());
    }

    [Fact]
    public void Enrol_errors_are_sentences_beside_their_fields_in_dutch()
    {
        Api(new()
        {
            ["POST /api/students"] = (HttpStatusCode.BadRequest, """
                {"status":400,"errors":{"studentNumber":["studentNumber is required."],"dateOfBirth":["A student is between 12 and 80 years old."],
                 "enrolment.crebo":["A crebo code is exactly 5 digits."],"enrolment.expectedEndDate":["The expected end date must be after the start date."],
                 "mentorStaffId":["Not an active mentor."]}}
                """),
        });

        var page = Render<StudentsNew>();
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Vul een studentnummer in", Field(page, "field-studentNumber"), StringComparison.Ordinal));
        Assert.Contains("een student is tussen 12 en 80 jaar oud", Field(page, "field-dateOfBirth"), StringComparison.Ordinal);
        Assert.Contains("Een crebo bestaat uit precies vijf cijfers.", Field(page, "field-crebo"), StringComparison.Ordinal);
        Assert.Contains("Vul een einddatum in na de startdatum", Field(page, "field-expectedEndDate"), StringComparison.Ordinal);
        Assert.Contains("Kies een actieve mentor uit de lijst.", Field(page, "field-mentor"), StringComparison.Ordinal);
        Assert.DoesNotContain("is required", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("enrolment.crebo", page.Find("form").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void A_taken_student_number_is_explained_beside_that_field_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        Api(new() { ["POST /api/students"] = (HttpStatusCode.Conflict, """{"status":409,"rule":"student-number-taken","detail":"Student number 100200 is already registered."}""") });

        var page = Render<StudentsNew>();
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("A student with this student number already exists.", Field(page, "field-studentNumber"), StringComparison.Ordinal));
        Assert.Equal("Enrol a student", page.Find("h1").TextContent);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }

    [Fact]
    public void Changing_the_mentor_picks_from_the_staff_list_and_shows_the_new_mentor()
    {
        var stub = Api(new()
        {
            [$"GET /api/students/{StudentId}"] = (HttpStatusCode.OK, Record(MilaId)),
            [$"PUT /api/students/{StudentId}/mentor"] = (HttpStatusCode.OK, Record(NoahId)),
        });

        var page = Render<StudentsDetail>(parameters => parameters.Add(p => p.Id, StudentId));
        page.WaitForAssertion(() => Assert.Equal("Huidige mentor: Mila Mentor", page.Find("[data-testid=current-mentor]").TextContent.Trim()));
        Assert.Contains("Status: Actief sinds 1 september 2026", page.Find("[data-testid=student-status]").TextContent, StringComparison.Ordinal);
        var mentorSelect = page.FindComponents<MudSelect<Guid?>>().Single();
        Assert.Contains(Mentors, stub.Calls);
        page.InvokeAsync(() => mentorSelect.Instance.ValueChanged.InvokeAsync(NoahId));
        page.Find("[data-testid=mentor-form]").Submit();

        page.WaitForAssertion(() => Assert.Equal("Huidige mentor: Noah Nieuw", page.Find("[data-testid=current-mentor]").TextContent.Trim()));
        Assert.Equal("De mentor is gewijzigd.", page.Find("[data-testid=saved]").TextContent.Trim());
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == $"PUT /api/students/{StudentId}/mentor").Body);
        Assert.Equal(NoahId, body.RootElement.GetProperty("mentorStaffId").GetGuid());
    }

    [Fact]
    public void Leaving_early_sends_the_reason_and_date_and_a_missing_reason_stands_beside_its_field()
    {
        var stub = Api(new()
        {
            [$"GET /api/students/{StudentId}"] = (HttpStatusCode.OK, Record(MilaId)),
            [$"PUT /api/students/{StudentId}/status"] = (HttpStatusCode.BadRequest, """{"status":400,"errors":{"reason":["Leaving early needs a reason category."]}}"""),
        });

        var page = Render<StudentsDetail>(parameters => parameters.Add(p => p.Id, StudentId));
        page.WaitForAssertion(() => page.Find("[data-testid=status-form]"));
        page.InvokeAsync(() => page.FindComponents<MudSelect<string>>().Single().Instance.ValueChanged.InvokeAsync("leftEarly"));
        page.WaitForAssertion(() => Assert.Equal(2, page.FindComponents<MudSelect<string>>().Count));
        page.Find("input[data-testid=field-effectiveOn]").Change("2026-11-30");
        page.Find("[data-testid=status-form]").Submit();

        page.WaitForAssertion(() => Assert.Contains("Kies een reden van stoppen", Field(page, "field-reason"), StringComparison.Ordinal));
        Assert.DoesNotContain("reason category", page.Markup, StringComparison.Ordinal);

        stub.SetAnswer($"PUT /api/students/{StudentId}/status", HttpStatusCode.OK, Record(MilaId, "leftEarly", "work"));
        page.InvokeAsync(() => page.FindComponents<MudSelect<string>>()[1].Instance.ValueChanged.InvokeAsync("work"));
        page.Find("[data-testid=status-form]").Submit();
        page.WaitForAssertion(() => Assert.Contains("Status: Voortijdig gestopt sinds 1 september 2026 (Aan het werk)", page.Find("[data-testid=student-status]").TextContent, StringComparison.Ordinal));
        using var body = JsonDocument.Parse(stub.Bodies.Last(b => b.Call == $"PUT /api/students/{StudentId}/status").Body);
        Assert.Equal("leftEarly", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("work", body.RootElement.GetProperty("reason").GetString());
        Assert.Equal("2026-11-30", body.RootElement.GetProperty("effectiveOn").GetString());
    }

    [Fact]
    public void Cancelling_asks_first_and_a_refusal_is_a_sentence_saying_what_hangs_on_it()
    {
        var stub = Api(new()
        {
            [$"GET /api/students/{StudentId}"] = (HttpStatusCode.OK, Record(MilaId)),
            [$"POST /api/students/{StudentId}/cancellation"] = (HttpStatusCode.Conflict,
                """{"status":409,"rule":"cancel-intake-started","detail":"The intake has been started, so the enrolment can no longer be cancelled; record leaving instead."}"""),
        });

        var page = Render<StudentsDetail>(parameters => parameters.Add(p => p.Id, StudentId));
        page.WaitForAssertion(() => page.Find("[data-testid=cancel-enrolment]"));
        // The page's other reads (mentors, names) may still render in between: wait for the confirmation, not one render.
        page.Find("[data-testid=cancel-enrolment]").Click();
        page.WaitForAssertion(() => Assert.Contains("Sanne Jansen (100200)", page.Find("[data-testid=cancel-confirm]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(stub.Calls, call => call.StartsWith("POST", StringComparison.Ordinal));

        page.Find("[data-testid=cancel-no]").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=cancel-confirm]")));
        page.Find("[data-testid=cancel-enrolment]").Click();
        page.WaitForElement("[data-testid=cancel-yes]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "De intake van deze student is al begonnen, dus de inschrijving kan niet meer geannuleerd worden. Leg bij Status vast dat de student gestopt is.",
            page.Find("[data-testid=problem]").TextContent.Trim()));
        Assert.DoesNotContain("record leaving instead", page.Markup, StringComparison.Ordinal);
        Assert.EndsWith("/", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_enrolment_returns_to_the_list_which_says_so()
    {
        Api(new()
        {
            [$"GET /api/students/{StudentId}"] = (HttpStatusCode.OK, Record(MilaId)),
            [$"POST /api/students/{StudentId}/cancellation"] = (HttpStatusCode.NoContent, ""),
        });

        var page = Render<StudentsDetail>(parameters => parameters.Add(p => p.Id, StudentId));
        page.WaitForAssertion(() => page.Find("[data-testid=cancel-enrolment]"));
        page.Find("[data-testid=cancel-enrolment]").Click();
        page.Find("[data-testid=cancel-yes]").Click();

        page.WaitForAssertion(() => Assert.EndsWith("/coordinator/students?cancelled=Sanne%20Jansen", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
    }
}
