using System.Net;
using System.Text.Json;
using Bunit;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The student's "ask for help" form and the mentor's help-request panel, against stubbed Guidance answers.</summary>
public sealed class HelpRequestsTests : PortalTestContext
{
    private static readonly Guid StudentId = Guid.Parse("5eed0000-0000-0000-0000-00000000e001");
    private static readonly Guid OpenId = Guid.Parse("88888888-8888-8888-8888-888888888801");
    private static readonly Guid AnsweredId = Guid.Parse("88888888-8888-8888-8888-888888888802");
    private static readonly string ListCall = $"GET /api/students/{StudentId}/help-requests";
    private static readonly string AskCall = $"POST /api/students/{StudentId}/help-requests";

    private static string Request(Guid id, string status, string text, bool isPrivate = false, string? answer = null, string? conversationAt = null, string? place = null) => $$"""
        {"helpRequestId":"{{id}}","studentId":"{{StudentId}}","mentorStaffId":null,"topic":"personal","kind":"question","text":"{{text}}",
         "private":{{(isPrivate ? "true" : "false")}},"status":"{{status}}","askedAt":"2026-12-01T09:00:00Z",
         "answer":{{(answer is null ? "null" : $"\"{answer}\"")}},"conversationAt":{{(conversationAt is null ? "null" : $"\"{conversationAt}\"")}},
         "conversationPlace":{{(place is null ? "null" : $"\"{place}\"")}},"firstAnsweredAt":null,"answeredAt":null,"answeredBy":null,
         "closingNote":null,"closedAt":null,"closedBy":null}
        """;

    [Fact]
    public void A_student_chooses_topic_kind_text_and_private_in_a_few_taps_and_sends()
    {
        var stub = UseApis(new()
        {
            [ListCall] = (HttpStatusCode.OK, "[]"),
            [AskCall] = (HttpStatusCode.Created, Request(OpenId, "open", "Thuis is het onrustig", isPrivate: true)),
        });

        var form = Render<AskForHelpForm>(p => p.Add(c => c.StudentId, StudentId));
        form.WaitForElement("button[data-testid=topic-personal]").Click();
        form.Find("button[data-testid=kind-conversation]").Click();
        form.Find("textarea[data-testid=help-text]").Change("Thuis is het onrustig");
        var privateSwitch = form.Find("[data-testid=help-private]");
        (privateSwitch.TagName == "INPUT" ? privateSwitch : privateSwitch.QuerySelector("input")!).Change(true);
        form.Find("button[data-testid=help-send]").Click();

        form.WaitForAssertion(() => Assert.Single(stub.Bodies, b => b.Call == AskCall));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == AskCall).Body);
        var root = body.RootElement;
        Assert.Equal(("personal", "conversation", "Thuis is het onrustig", true),
            (root.GetProperty("topic").GetString(), root.GetProperty("kind").GetString(), root.GetProperty("text").GetString(), root.GetProperty("private").GetBoolean()));
        form.WaitForElement("[data-testid=help-sent]");
        // The list is read again after sending.
        Assert.Equal(2, stub.Calls.Count(c => c == ListCall));
    }

    [Fact]
    public void Guidances_refusal_of_an_empty_question_shows_at_the_text_and_in_dutch()
    {
        UseApis(new()
        {
            [ListCall] = (HttpStatusCode.OK, "[]"),
            [AskCall] = (HttpStatusCode.BadRequest, """{"status":400,"errors":{"text":["Say what you need help with (at most 2000 characters)."]}}"""),
        });

        var form = Render<AskForHelpForm>(p => p.Add(c => c.StudentId, StudentId));
        form.WaitForElement("button[data-testid=topic-schoolWork]").Click();
        form.Find("button[data-testid=help-send]").Click();

        form.WaitForAssertion(() => Assert.Contains("Schrijf waar je hulp bij wilt", form.Find("[data-testid=ask-for-help]").TextContent));
        Assert.Empty(form.FindAll("[data-testid=help-sent]"));
    }

    [Fact]
    public void The_student_reads_the_answer_and_the_planned_conversation()
    {
        UseApis(new()
        {
            [ListCall] = (HttpStatusCode.OK, $"[{Request(AnsweredId, "conversationPlanned", "Mag ik langskomen?", answer: "Natuurlijk", conversationAt: "2026-12-03T13:00:00Z", place: "Kamer B1.12")}]"),
        });

        var form = Render<AskForHelpForm>(p => p.Add(c => c.StudentId, StudentId));

        form.WaitForAssertion(() => Assert.Single(form.FindAll("[data-testid=my-help-request]")));
        Assert.Contains("Natuurlijk", form.Find("[data-testid=help-answer]").TextContent);
        Assert.Contains("Kamer B1.12", form.Find("[data-testid=help-conversation]").TextContent);
        Assert.Contains("gesprek gepland", form.Find("[data-testid=my-help-request]").TextContent);
    }

    [Fact]
    public void The_mentor_answers_an_open_request_and_closes_an_answered_one_with_what_was_done()
    {
        var answerCall = $"POST /api/help-requests/{OpenId}/answer";
        var closeCall = $"POST /api/help-requests/{AnsweredId}/close";
        var stub = UseApis(new()
        {
            [ListCall] = (HttpStatusCode.OK, $"[{Request(AnsweredId, "answered", "Oude vraag", answer: "Gedaan")},{Request(OpenId, "open", "Ik slaap slecht", isPrivate: true)}]"),
            [answerCall] = (HttpStatusCode.OK, Request(OpenId, "answered", "Ik slaap slecht", isPrivate: true, answer: "Kom morgen langs")),
            [closeCall] = (HttpStatusCode.OK, Request(AnsweredId, "closed", "Oude vraag", answer: "Gedaan")),
        });

        var panel = Render<HelpRequestsPanel>(p => p.Add(c => c.StudentId, StudentId).Add(c => c.CanHandle, true));
        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid=help-request]").Count));
        // The one waiting for an answer comes first, marked private; only answered ones can be closed.
        var first = panel.FindAll("[data-testid=help-request]")[0];
        Assert.Contains("Ik slaap slecht", first.TextContent);
        Assert.Contains("privé", first.TextContent);
        Assert.Single(panel.FindAll("button[data-testid=help-close]"));

        panel.FindAll("textarea[data-testid=help-answer-text]")[0].Change("Kom morgen langs");
        panel.FindAll("button[data-testid=help-answer]")[0].Click();
        panel.WaitForAssertion(() => Assert.Single(stub.Bodies, b => b.Call == answerCall));
        Assert.Equal("Kom morgen langs", JsonDocument.Parse(stub.Bodies.Single(b => b.Call == answerCall).Body).RootElement.GetProperty("answer").GetString());

        panel.Find("textarea[data-testid=help-close-note]").Change("Samen een planning gemaakt");
        panel.Find("button[data-testid=help-close]").Click();
        panel.WaitForAssertion(() => Assert.Single(stub.Bodies, b => b.Call == closeCall));
        Assert.Equal("Samen een planning gemaakt", JsonDocument.Parse(stub.Bodies.Single(b => b.Call == closeCall).Body).RootElement.GetProperty("note").GetString());
    }

    [Fact]
    public void Closing_an_unanswered_request_is_explained_in_dutch_and_a_planned_conversation_is_sent_with_its_place()
    {
        var planCall = $"POST /api/help-requests/{AnsweredId}/plan-conversation";
        var closeCall = $"POST /api/help-requests/{AnsweredId}/close";
        var stub = UseApis(new()
        {
            [ListCall] = (HttpStatusCode.OK, $"[{Request(AnsweredId, "answered", "Vraag", answer: "Antwoord")}]"),
            [planCall] = (HttpStatusCode.OK, Request(AnsweredId, "conversationPlanned", "Vraag", answer: "Antwoord", conversationAt: "2026-12-10T09:30:00Z", place: "Kamer 2")),
            [closeCall] = (HttpStatusCode.Conflict, """{"status":409,"rule":"help-request-closed","detail":"This help request is closed; the student can ask a new one."}"""),
        });

        var panel = Render<HelpRequestsPanel>(p => p.Add(c => c.StudentId, StudentId).Add(c => c.CanHandle, true));
        panel.WaitForElement("input[data-testid=help-conversation-at]").Change("2026-12-10T10:30");
        panel.Find("input[data-testid=help-conversation-place]").Change("Kamer 2");
        panel.Find("button[data-testid=help-plan]").Click();
        panel.WaitForAssertion(() => Assert.Single(stub.Bodies, b => b.Call == planCall));
        var plan = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == planCall).Body).RootElement;
        Assert.Equal("Kamer 2", plan.GetProperty("conversationPlace").GetString());
        Assert.Equal(new DateTimeOffset(new DateTime(2026, 12, 10, 10, 30, 0, DateTimeKind.Local)), plan.GetProperty("conversationAt").GetDateTimeOffset());

        panel.Find("textarea[data-testid=help-close-note]").Change("Gesprek gehad");
        panel.Find("button[data-testid=help-close]").Click();
        panel.WaitForAssertion(() => Assert.Contains("al afgerond", panel.Find("[data-testid=problem]").TextContent));
    }

    [Fact]
    public void Without_handling_rights_the_panel_only_reads()
    {
        UseApis(new() { [ListCall] = (HttpStatusCode.OK, $"[{Request(OpenId, "open", "Hoe lang is de stage?")}]") });

        var panel = Render<HelpRequestsPanel>(p => p.Add(c => c.StudentId, StudentId));

        panel.WaitForAssertion(() => Assert.Contains("Hoe lang is de stage?", panel.Find("[data-testid=help-request]").TextContent));
        Assert.Empty(panel.FindAll("button[data-testid=help-answer]"));
        Assert.Empty(panel.FindAll("button[data-testid=help-plan]"));
    }

    [Fact]
    public void The_caseload_shows_open_help_requests_and_links_to_them()
    {
        var student = Guid.NewGuid();
        var table = Render<CaseloadTable>(p => p.Add(c => c.Lines,
        [
            new CaseloadLine(student, "Anna", "9000", "2025", "active", "orange", [], 0, null, false, null, 2),
            new CaseloadLine(Guid.NewGuid(), "Bram", "9001", "2025", "active", "green", [], 0, null, false, null, 0),
        ]));

        var badge = Assert.Single(table.FindAll("[data-testid=open-help-requests]"));
        Assert.Contains("Hulpvragen open: 2", badge.TextContent);
        Assert.EndsWith($"/mentor/students/{student}#help-requests", badge.GetAttribute("href"));
    }
}
