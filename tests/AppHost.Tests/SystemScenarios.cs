using System.Net;
using System.Text.Json;
using PartnershipHub.AppHost.Tests.Support;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.AppHost.Tests;

/// <summary>
/// What the tests do to a system the AppHost started, driven from outside like a user, with real tokens from its
/// Identity service. <see cref="OneReplicaTests"/> and <see cref="TwoReplicaTests"/> run them on their own system.
/// </summary>
public sealed class SystemScenarios(AppHostSystem system)
{
    private const string Retail = "25662";
    private const string SecondPeriod = "2026-2027 BPV 2";

    // Demo data arrives in stages (README); a fresh start on two busy cores takes a few minutes to finish it.
    private static readonly TimeSpan DemoDataTimeout = TimeSpan.FromMinutes(4);

    // Events between services on a machine that is also building and testing other things.
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(90);

    private readonly DemoAccounts _accounts = new(system.Identity);

    /// <summary>
    /// One student's loop across the five APIs and the broker: enrolled (Students), placed at the demo trainer's company
    /// (Companies, Internships: matching run, override, three signatures, start), assessed by the trainer (Guidance),
    /// and the mentor's progress view shows it.
    /// </summary>
    public async Task StudentLoopAsync()
    {
        using var coordinatorStudents = await _accounts.ClientAsync(system.Students, DemoAccounts.Coordinator);
        using var coordinatorCompanies = await _accounts.ClientAsync(system.Companies, DemoAccounts.Coordinator);
        using var coordinatorInternships = await _accounts.ClientAsync(system.Internships, DemoAccounts.Coordinator);
        using var trainerCompanies = await _accounts.ClientAsync(system.Companies, DemoAccounts.Trainer);
        using var trainerInternships = await _accounts.ClientAsync(system.Internships, DemoAccounts.Trainer);
        using var trainerGuidance = await _accounts.ClientAsync(system.Guidance, DemoAccounts.Trainer);
        using var mentorGuidance = await _accounts.ClientAsync(system.Guidance, DemoAccounts.Mentor);
        using var trainerNotifications = await _accounts.ClientAsync(system.Notifications, DemoAccounts.Trainer);

        // A matching run of ours before the Internships seed's own would make it skip the demo data.
        await DemoDataArrivedAsync(mentorGuidance);

        // Students: the coordinator enrols an adult retail student (BOL) with the demo mentor.
        var number = $"AH{Random.Shared.Next(1_000_000):000000}";
        var student = await coordinatorStudents.PostJsonAsync("/api/students", new
        {
            studentNumber = number,
            firstName = "Aspire",
            lastName = "Lusproef",
            dateOfBirth = "2004-05-06",
            homePostcode = "1012 AB",
            cohort = "2025-VK2",
            enrolment = new
            {
                crebo = Retail,
                qualificationName = "Verkoper",
                level = 2,
                route = "bol",
                startDate = "2025-09-01",
                expectedEndDate = "2027-08-31",
            },
            mentorStaffId = DemoAccounts.MentorStaffId,
        }).ExpectAsync(HttpStatusCode.Created, "enrolling the student");
        var studentId = student.GetProperty("id").GetGuid();

        // Companies: the demo trainer's company has the trainer and retail places in the second period, which the
        // demo seed leaves alone.
        var trainers = await trainerCompanies.GetAsync($"/api/companies/{DemoAccounts.TrainersCompany}/trainers")
            .ExpectAsync(HttpStatusCode.OK, "the trainer reading their company's trainers");
        Assert.Contains(trainers.EnumerateArray(), t => t.GetProperty("id").GetGuid() == DemoAccounts.TrainerId);
        var capacity = await coordinatorCompanies.GetAsync($"/api/companies/{DemoAccounts.TrainersCompany}/capacity")
            .ExpectAsync(HttpStatusCode.OK, "reading the company's capacity");
        var places = capacity.EnumerateArray().Single(c => c.GetProperty("periodName").GetString() == SecondPeriod && c.GetProperty("crebo").GetString() == Retail);
        Assert.True(places.GetProperty("places").GetInt32() > 0, $"The demo company has retail places in {SecondPeriod}: {places}");
        var periodId = places.GetProperty("periodId").GetGuid();

        // StudentEnrolled leaves Students' outbox for every consumer at once; Guidance showing the new mentee to their
        // mentor means it is on its way to Internships too, so the matching run below rarely needs a second try.
        await Eventually.WaitUntilAsync(
            async () => await mentorGuidance.ReadWhenOkAsync($"/api/students/{studentId}/progress") is not null,
            "the new student in the mentor's progress view", EventTimeout);

        // Internships: a matching run over just this student, as soon as StudentEnrolled has reached Internships' copy;
        // the coordinator then places the student at the trainer's company (an override: matching may choose another).
        var run = await Eventually.WaitAsync(
            () => coordinatorInternships.PostJsonAsync("/api/matching/runs", new { periodId, studentIds = new[] { studentId }, plannedHours = 400 })
                .ExpectAsync(HttpStatusCode.Created, "starting a matching run"),
            r => r.GetProperty("studentCount").GetInt32() == 1, EventTimeout, "the new student in Internships' matching");
        var runId = run.GetProperty("id").GetGuid();
        var placement = await coordinatorInternships.PostJsonAsync($"/api/matching/runs/{runId}/proposals/{studentId}/override", new
        {
            companyId = DemoAccounts.TrainersCompany,
            reason = "AppHost test: the student works at the demo trainer's company",
        }).ExpectAsync(HttpStatusCode.Created, "placing the student at the trainer's company");
        var placementId = placement.GetProperty("id").GetGuid();
        Assert.Equal("proposed", placement.GetProperty("status").GetString());
        Assert.Equal(DemoAccounts.TrainerId, placement.GetProperty("trainerId").GetGuid());

        // Notifications: the proposal asks the trainer to sign the agreement (a work item and a line in the bell).
        var toSign = await Eventually.WaitAsync(
            () => OpenWorkItemAsync(trainerNotifications, "agreementToSign", placementId),
            item => item is not null, EventTimeout, "the trainer's work item to sign the agreement");
        var unread = await trainerNotifications.GetAsync("/api/notifications/unread-count")
            .ExpectAsync(HttpStatusCode.OK, "the trainer's unread count");
        Assert.True(unread.GetProperty("unread").GetInt32() >= 1, $"The trainer has an unread notification: {unread}");

        // The agreement: no start without all three signatures; the trainer signs for the company.
        await coordinatorInternships.PostJsonAsync($"/api/placements/{placementId}/start", new { })
            .ExpectAsync(HttpStatusCode.Conflict, "starting before the agreement is signed");
        await trainerInternships.PostJsonAsync($"/api/placements/{placementId}/agreement/signatures",
            new { party = "Company", method = "Portal", signerName = "Demo praktijkopleider" })
            .ExpectAsync(HttpStatusCode.OK, "the trainer signing for the company");
        await coordinatorInternships.PostJsonAsync($"/api/placements/{placementId}/agreement/signatures",
            new { party = "School", method = "Portal", signerName = "Demo coördinator" })
            .ExpectAsync(HttpStatusCode.OK, "the coordinator signing for the school");
        // Nobody records another party's portal signature: the student signed on paper, so the coordinator uploads the scan.
        using var paper = new MultipartFormDataContent();
        var scan = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% AppHost test scan {number}\n%%EOF\n"));
        scan.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        paper.Add(scan, "file", $"scan-{number}.pdf");
        paper.Add(new StringContent("Aspire Lusproef"), "student");
        var agreement = await coordinatorInternships.PostAsync($"/api/placements/{placementId}/agreement/paper", paper)
            .ExpectAsync(HttpStatusCode.OK, "recording the student's paper signature with the scan");
        Assert.Equal("agreementSigned", agreement.GetProperty("status").GetString());
        Assert.Empty(agreement.GetProperty("missing").EnumerateArray());
        var started = await coordinatorInternships.PostJsonAsync($"/api/placements/{placementId}/start", new { })
            .ExpectAsync(HttpStatusCode.OK, "starting the signed placement");
        Assert.Equal("active", started.GetProperty("status").GetString());

        // The trainer's signature is the act the work item asked for: it closes by itself.
        var toSignId = toSign!.Value.GetProperty("id").GetGuid();
        await Eventually.WaitUntilAsync(
            async () => await OpenWorkItemAsync(trainerNotifications, "agreementToSign", placementId) is null,
            "the work item closed by the company's signature", EventTimeout);
        var closed = await trainerNotifications.GetAsync("/api/notifications/work-items?open=false&pageSize=100")
            .ExpectAsync(HttpStatusCode.OK, "the trainer's closed work items");
        Assert.Contains(closed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == toSignId);

        // Guidance: the trainer assesses the student's attitude at the workplace once the placement reached Guidance.
        await Eventually.WaitUntilAsync(
            async () => await trainerGuidance.ReadWhenOkAsync($"/api/students/{studentId}/assessments") is not null,
            "the placement in Guidance (the trainer may read the student's assessments)", EventTimeout);
        var framework = await trainerGuidance.GetAsync($"/api/frameworks/current?crebo={Retail}")
            .ExpectAsync(HttpStatusCode.OK, "reading the attitude framework");
        var ratings = framework.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("key").GetString()!)
            .Select(key => key == "punctuality"
                ? new { criterionKey = key, level = "needsAttention", observation = (string?)"Twee keer te laat zonder afmelding" }
                : new { criterionKey = key, level = "competent", observation = (string?)null })
            .ToArray();
        var draft = await trainerGuidance.PostJsonAsync($"/api/students/{studentId}/assessments", new
        {
            role = "trainer",
            kind = "formative",
            placementId,
            ratings,
            overallComment = "Goede start op de winkelvloer.",
            feedForward = new[] { new { text = "Meld je vóór 8:00 af als je later komt", byStudent = false } },
        }).ExpectAsync(HttpStatusCode.Created, "the trainer starting an assessment");
        var assessmentId = draft.GetProperty("assessmentId").GetGuid();
        var submitted = await trainerGuidance.PostJsonAsync($"/api/assessments/{assessmentId}/submit", new { })
            .ExpectAsync(HttpStatusCode.OK, "the trainer submitting the assessment");
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());

        // The mentor's progress view: the active placement at the trainer's company and the trainer's assessment.
        var progress = (await Eventually.WaitAsync(
            () => mentorGuidance.ReadWhenOkAsync($"/api/students/{studentId}/progress"),
            view => view is { } v && ShowsAssessment(v, assessmentId) && PlacementStatus(v, placementId) == "active",
            EventTimeout, "the trainer's assessment and the active placement in the mentor's progress view"))!.Value;
        var latest = progress.GetProperty("latestAssessments").EnumerateArray().Single(a => a.GetProperty("assessmentId").GetGuid() == assessmentId);
        Assert.Equal("trainer", latest.GetProperty("role").GetString());
        Assert.Equal("placement", latest.GetProperty("context").GetString());
        Assert.Equal(placementId, latest.GetProperty("placementId").GetGuid());
        var punctuality = progress.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "punctuality");
        Assert.Equal("needsAttention", punctuality.GetProperty("latestByRole").GetProperty("trainer").GetString());
        Assert.Equal(DemoAccounts.TrainersCompany, progress.GetProperty("placement").GetProperty("companyId").GetGuid());

        await PlacementEndsWithSurveyAsync(placementId, coordinatorInternships, trainerNotifications);
    }

    /// <summary>
    /// The placement ends: Insights opens the trainer's end-of-placement survey, Notifications invites them with a link
    /// to it, the trainer answers it once (a second answer is refused), and the coordinator's dashboard answers for the
    /// programme.
    /// </summary>
    private async Task PlacementEndsWithSurveyAsync(Guid placementId, HttpClient coordinatorInternships, HttpClient trainerNotifications)
    {
        using var trainerInsights = await _accounts.ClientAsync(system.Insights, DemoAccounts.Trainer);
        using var coordinatorInsights = await _accounts.ClientAsync(system.Insights, DemoAccounts.Coordinator);
        var completed = await coordinatorInternships.PostJsonAsync($"/api/placements/{placementId}/complete", new { })
            .ExpectAsync(HttpStatusCode.OK, "completing the placement");
        Assert.Equal("completed", completed.GetProperty("status").GetString());

        var survey = (await Eventually.WaitAsync(
            async () => (await trainerInsights.GetAsync("/api/insights/surveys/mine").ExpectAsync(HttpStatusCode.OK, "the trainer's surveys"))
                .GetProperty("items").EnumerateArray().Where(s => s.GetProperty("placementId").GetGuid() == placementId).Select(s => (JsonElement?)s).FirstOrDefault(),
            s => s is not null, EventTimeout, "the trainer's end-of-placement survey"))!.Value;
        Assert.True(survey.GetProperty("open").GetBoolean(), $"The new survey is open: {survey}");
        var surveyId = survey.GetProperty("surveyId").GetGuid();

        await Eventually.WaitUntilAsync(async () =>
        {
            var page = await trainerNotifications.GetAsync("/api/notifications?pageSize=100").ExpectAsync(HttpStatusCode.OK, "the trainer's notifications");
            return page.GetProperty("items").EnumerateArray().Any(n =>
                n.GetProperty("kind").GetString() == "surveyToAnswer" && n.GetProperty("link").GetString() == $"/enquete/{surveyId}");
        }, "the trainer's invitation to the survey in the bell", EventTimeout);

        var form = await trainerInsights.GetAsync($"/api/insights/surveys/{surveyId}").ExpectAsync(HttpStatusCode.OK, "opening the survey");
        var scores = form.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetString()!, _ => 4);
        Assert.Equal(10, scores.Count);
        var answered = await trainerInsights.PostJsonAsync($"/api/insights/surveys/{surveyId}/answers", new { scores, comment = "Prettige samenwerking met de school." })
            .ExpectAsync(HttpStatusCode.OK, "the trainer answering the survey");
        Assert.False(answered.GetProperty("open").GetBoolean(), $"An answered survey is no longer open: {answered}");
        await trainerInsights.PostJsonAsync($"/api/insights/surveys/{surveyId}/answers", new { scores })
            .ExpectAsync(HttpStatusCode.Conflict, "answering the survey a second time");

        var earlyLeaving = await coordinatorInsights.GetAsync($"/api/insights/early-leaving?crebo={Retail}")
            .ExpectAsync(HttpStatusCode.OK, "the coordinator's dashboard for the retail programme");
        Assert.True(earlyLeaving.TryGetProperty("suppressed", out _), $"The dashboard section says whether it is suppressed: {earlyLeaving}");
        await trainerInsights.GetAsync($"/api/insights/early-leaving?crebo={Retail}")
            .ExpectAsync(HttpStatusCode.Forbidden, "a trainer opening the team dashboard");
    }

    /// <summary>The caller's open work item of <paramref name="kind"/> whose deep link names <paramref name="placementId"/>, or null.</summary>
    private static async Task<JsonElement?> OpenWorkItemAsync(HttpClient client, string kind, Guid placementId)
    {
        var items = await client.GetAsync("/api/notifications/work-items?open=true&pageSize=100")
            .ExpectAsync(HttpStatusCode.OK, "the caller's open work items");
        foreach (var item in items.GetProperty("items").EnumerateArray())
        {
            if (item.GetProperty("kind").GetString() == kind
                && item.GetProperty("link").GetString()?.Contains(placementId.ToString(), StringComparison.OrdinalIgnoreCase) == true)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>
    /// Every copy of the Internships API runs the demo seeder; exactly one matching run may come of it (ours stay drafts),
    /// and demo student b001 has exactly one placement.
    /// </summary>
    public async Task DemoDataSeededOnceAsync()
    {
        using var coordinatorInternships = await _accounts.ClientAsync(system.Internships, DemoAccounts.Coordinator);
        using var mentorGuidance = await _accounts.ClientAsync(system.Guidance, DemoAccounts.Mentor);
        await DemoDataArrivedAsync(mentorGuidance);

        var runs = await coordinatorInternships.GetAsync("/api/matching/runs").ExpectAsync(HttpStatusCode.OK, "listing the matching runs");
        var placements = await coordinatorInternships.GetAsync($"/api/placements?studentId={DemoAccounts.DemoStudent}")
            .ExpectAsync(HttpStatusCode.OK, "listing demo student b001's placements");

        var published = runs.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("status").GetString() == "published").ToList();
        Assert.True(published.Count == 1,
            $"The demo seed published {published.Count} matching runs, expected one: "
            + string.Join("; ", published.Select(r => $"{r.GetProperty("id")} at {r.GetProperty("createdAt")} ({r.GetProperty("placedCount")} placed)")));
        Assert.True(placements.GetProperty("total").GetInt32() == 1, $"Demo student b001 has {placements.GetProperty("total")} placements, expected one: {placements}");
    }

    /// <summary>
    /// Identity's sign-in page across its copies: the antiforgery token from one copy is accepted by the other and the
    /// sign-in cookie one copy writes is read by the other (data protection keys shared through the database). Every
    /// request goes over a new connection, so the orchestrator's proxy spreads them over the copies.
    /// </summary>
    public async Task SignInHoldsOnEveryCopyAsync()
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = system.Identity,
        };
        browser.DefaultRequestHeaders.ConnectionClose = true;

        var page = await browser.GetStringAsync("/account/login");
        await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["email"] = DemoAccounts.Mentor,
            ["password"] = DemoAccounts.Password,
            ["returnUrl"] = "/account/",
        })).ExpectAsync(HttpStatusCode.Redirect, "signing in on the sign-in page");

        for (var request = 1; request <= 6; request++)
        {
            var account = await browser.GetStringAsync("/account/");
            Assert.True(account.Contains("Signed in as", StringComparison.Ordinal),
                $"Request {request} after signing in did not see the sign-in cookie: {account}");
        }
    }

    /// <summary>No .NET service logged an error or critical entry, and PostgreSQL no ERROR, FATAL or PANIC, since the start.</summary>
    public void AssertNoResourceLoggedAnError()
    {
        var errors = ErrorLines.In(system.Logs);

        Assert.True(errors.Count == 0,
            $"{errors.Count} error line(s) in the resources' consoles:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    /// <summary>The Internships seed has decided its matching run and Guidance has added the trainers' demo assessments.</summary>
    private async Task DemoDataArrivedAsync(HttpClient mentorGuidance)
    {
        await Eventually.WaitUntilAsync(
            () => system.Logs.Contains(ResourceNames.Internships, "Demo seed: matching run"),
            "the Internships demo seed's matching run", DemoDataTimeout);
        await Eventually.WaitAsync(
            () => mentorGuidance.ReadWhenOkAsync($"/api/students/{DemoAccounts.DemoStudent}/progress"),
            view => view is { } v && v.GetProperty("latestAssessments").EnumerateArray().Any(a => a.GetProperty("role").GetString() == "trainer"),
            DemoDataTimeout, "the demo trainer's assessment of demo student b001 in Guidance");
    }

    private static string AntiforgeryToken(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"");
        Assert.True(match.Success, $"The sign-in page has no antiforgery field: {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static bool ShowsAssessment(JsonElement progress, Guid assessmentId) =>
        progress.GetProperty("latestAssessments").EnumerateArray().Any(a => a.GetProperty("assessmentId").GetGuid() == assessmentId);

    private static string? PlacementStatus(JsonElement progress, Guid placementId) =>
        progress.TryGetProperty("placement", out var placement) && placement.ValueKind == JsonValueKind.Object
            && placement.GetProperty("placementId").GetGuid() == placementId
            ? placement.GetProperty("status").GetString()
            : null;
}
