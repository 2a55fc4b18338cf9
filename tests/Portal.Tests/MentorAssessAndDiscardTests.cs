using System.Net;
using System.Text.Json;
using Bunit;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Assessments;
using PartnershipHub.Portal.Components.Pages.Mentor;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The mentor's own attitude form, discarding a draft, and the stepper moving focus and telling a screen reader where it is.</summary>
public sealed class MentorAssessAndDiscardTests : PortalTestContext
{
    private static readonly Guid StudentId = MentorStudentViewTests.StudentId;
    private static readonly Guid DraftId = Guid.Parse("77777777-0000-0000-0000-0000000000d1");

    private static readonly string FrameworkJson = JsonSerializer.Serialize(
        new Framework(Guid.NewGuid(), "beroepshouding", 1, "Beroepshouding", Criteria.Three), ApiClient.Json);

    private static string DraftJson(bool mine = true) => $$"""
        [{"assessmentId":"{{DraftId}}","studentId":"{{StudentId}}","frameworkId":"{{Guid.NewGuid()}}","assessorName":"Mentor","role":"mentor","context":"school",
          "placementId":null,"kind":"formative","status":"draft","overallComment":null,"feedForward":[],"createdAt":"2026-11-13T08:00:00Z","submittedAt":null,"supersededById":null,
          "ratings":[{"criterionKey":"punctuality","level":"competent","observation":"Was op tijd"}],"mine":{{(mine ? "true" : "false")}}}]
        """;

    private StubHttpClientFactory Apis(HttpStatusCode deleteStatus, string deleteJson = "", bool mine = true) => UseApis(new()
    {
        ["GET /api/frameworks/current?crebo=25258"] = (HttpStatusCode.OK, FrameworkJson),
        ["GET /api/frameworks/current"] = (HttpStatusCode.OK, FrameworkJson),
        [$"GET /api/students/{StudentId}/progress"] = (HttpStatusCode.OK, JsonSerializer.Serialize(MentorStudentViewTests.Progress(null), ApiClient.Json)),
        [$"GET /api/students/{StudentId}/assessments"] = (HttpStatusCode.OK, DraftJson(mine)),
        [$"DELETE /api/assessments/{DraftId}"] = (deleteStatus, deleteJson),
    });

    [Fact]
    public void The_mentor_fills_in_the_same_stepper_as_mentor_for_their_mentee()
    {
        Apis(HttpStatusCode.NoContent);
        AddAuthorization().SetAuthorized("mentor@demo").SetRoles("mentor");

        var page = Render<MentorAssess>(p => p.Add(c => c.StudentId, StudentId));

        page.WaitForAssertion(() => Assert.Equal("Stiptheid", page.Find("#step-title").TextContent));
        Assert.Equal("Beroepshouding van Sanne Jansen", page.Find("[data-testid=mentor-assess-heading]").TextContent);
        // The mentor's earlier draft at Guidance is taken up.
        Assert.True(page.Find("[data-testid=level-competent]").HasAttribute("checked"));
    }

    [Fact]
    public void Another_mentors_student_is_the_access_denied_page()
    {
        UseApis(new() { [$"GET /api/students/{StudentId}/progress"] = (HttpStatusCode.Forbidden, """{"status":403}""") });
        AddAuthorization().SetAuthorized("mentor@demo").SetRoles("mentor");

        var page = Render<MentorAssess>(p => p.Add(c => c.StudentId, StudentId));

        page.WaitForAssertion(() => page.Find("[data-testid=access-denied]"));
        Assert.Empty(page.FindAll("[data-testid=assessment-stepper]"));
    }

    [Fact]
    public void Discarding_a_draft_asks_first_then_deletes_it_at_guidance_and_starts_afresh()
    {
        var stub = Apis(HttpStatusCode.NoContent);
        var editor = Render<AssessmentEditor>(p => p.Add(c => c.StudentId, StudentId).Add(c => c.Role, "mentor").Add(c => c.Crebo, "25258"));
        editor.WaitForElement("[data-testid=discard]").Click();

        // Nothing is thrown away before the confirmation.
        Assert.DoesNotContain($"DELETE /api/assessments/{DraftId}", stub.Calls);
        editor.Find("[data-testid=discard-cancel]").Click();
        Assert.Empty(editor.FindAll("[data-testid=discard-confirm]"));
        editor.Find("[data-testid=discard]").Click();
        editor.Find("[data-testid=discard-yes]").Click();

        editor.WaitForAssertion(() => editor.Find("[data-testid=draft-discarded]"));
        Assert.Contains($"DELETE /api/assessments/{DraftId}", stub.Calls);
        Assert.False(editor.Find("[data-testid=level-competent]").HasAttribute("checked"));
        Assert.Empty(editor.FindAll("[data-testid=discard]"));
        JSInterop.VerifyInvoke("portalDrafts.remove");
    }

    [Fact]
    public void A_previous_mentors_draft_is_neither_taken_up_nor_offered_for_discarding()
    {
        var stub = Apis(HttpStatusCode.NoContent, mine: false);
        var editor = Render<AssessmentEditor>(p => p.Add(c => c.StudentId, StudentId).Add(c => c.Role, "mentor").Add(c => c.Crebo, "25258"));

        editor.WaitForAssertion(() => Assert.Equal("Stiptheid", editor.Find("#step-title").TextContent));
        Assert.Contains($"GET /api/students/{StudentId}/assessments", stub.Calls);
        Assert.False(editor.Find("[data-testid=level-competent]").HasAttribute("checked"));
        Assert.Empty(editor.FindAll("[data-testid=discard]"));
    }

    [Fact]
    public void A_refused_discard_says_why_and_keeps_the_draft()
    {
        Apis(HttpStatusCode.Conflict, """{"status":409,"rule":"assessment-submitted","detail":"A submitted assessment cannot change."}""");
        var editor = Render<AssessmentEditor>(p => p.Add(c => c.StudentId, StudentId).Add(c => c.Role, "mentor").Add(c => c.Crebo, "25258"));
        editor.WaitForElement("[data-testid=discard]").Click();
        editor.Find("[data-testid=discard-yes]").Click();

        editor.WaitForAssertion(() => Assert.Contains("Een ingediende beoordeling verandert niet meer", editor.Find("[data-testid=problem]").TextContent));
        Assert.Empty(editor.FindAll("[data-testid=draft-discarded]"));
        Assert.True(editor.Find("[data-testid=level-competent]").HasAttribute("checked"));
    }

    [Fact]
    public void Next_and_back_move_focus_to_the_new_criterion_scroll_it_below_the_bar_and_announce_it()
    {
        var module = JSInterop.SetupModule("./js/assessment-stepper.js");
        module.SetupVoid("scrollBelowTopBar", _ => true);
        var form = Render<AssessmentStepperForm>(p => p.Add(c => c.Stepper, new AssessmentStepper(Criteria.Three)));
        Assert.Equal("", form.Find("[data-testid=step-announcement]").TextContent);

        form.Find("[data-testid=next]").Click();

        Assert.Equal("Criterium 2 van 3: Initiatief", form.Find("[data-testid=step-announcement]").TextContent);
        Assert.Equal("polite", form.Find("[data-testid=step-announcement]").GetAttribute("aria-live"));
        Assert.Equal("-1", form.Find("#step-title").GetAttribute("tabindex"));
        form.WaitForAssertion(() => JSInterop.VerifyFocusAsyncInvoke());
        form.WaitForAssertion(() => module.VerifyInvoke("scrollBelowTopBar"));

        form.Find("[data-testid=back]").Click();
        Assert.Equal("Criterium 1 van 3: Stiptheid", form.Find("[data-testid=step-announcement]").TextContent);
        form.WaitForAssertion(() => Assert.Equal(2, module.VerifyInvoke("scrollBelowTopBar", 2).Count));
    }

    [Fact]
    public void The_stepper_offers_discard_only_when_asked_to()
    {
        var form = Render<AssessmentStepperForm>(p => p.Add(c => c.Stepper, new AssessmentStepper(Criteria.Three)));
        Assert.Empty(form.FindAll("[data-testid=discard]"));

        var offering = Render<AssessmentStepperForm>(p => p.Add(c => c.Stepper, new AssessmentStepper(Criteria.Three)).Add(c => c.CanDiscard, true));
        Assert.Equal("Concept verwijderen", offering.Find("[data-testid=discard]").TextContent.Trim());
    }
}
