using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Growth;
using PartnershipHub.Portal.Localization;
using PartnershipHub.ServiceDefaults.Security;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class GrowthDocumentTests : PortalTestContext
{
    private static readonly Guid StudentId = Guid.Parse("5eed0000-0000-0000-0000-00000000c001");
    private static readonly DateTimeOffset MadeAt = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_growth_document_is_a_pdf_with_the_embedded_font_and_a_page_per_overflow()
    {
        var at = new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero);
        var criteria = Enumerable.Range(1, 12).Select(i => new CriterionProgress($"c{i}", $"Criterium {i}", null, i == 1,
            [new GrowthPoint(at, "trainer", "developing", Guid.NewGuid()), new GrowthPoint(at.AddDays(14), "self", "strong", Guid.NewGuid())])).ToList();
        var progress = Progress() with { Criteria = criteria };

        var pdf = Builder().Build(new GrowthDocumentData(progress, [], [], MadeAt));

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(pdf.Length > 10_000, "The font is embedded.");
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 1);
    }

    [Fact]
    public void In_Dutch_the_trainers_and_the_schools_assessment_stand_side_by_side_with_what_they_saw_and_the_plan()
    {
        var pdf = Builder().Build(new GrowthDocumentData(Progress(), Assessments(), [], MadeAt));

        using var document = PdfDocument.Open(pdf);
        var text = Text(document);
        Assert.Contains("Groeidocument", text);
        Assert.Contains("Sem de Jong · 900001", text);
        Assert.Contains("Gemaakt op 7 december 2026", text);
        Assert.Contains("Goedgekeurde uren: 1.234,5 van 1.300 gepland", text);
        Assert.Contains("Praktijk en school naast elkaar", text);
        // Text reads line by line across the columns: criterion, then the trainer's cell, then the school's.
        Assert.Contains("Criterium Praktijkopleider · 7 december School (Mentor) · 20 november 2026", text);
        Assert.Contains("Jeroen Bakker 2026 · Mira Smit", text);
        Assert.Contains("Komt afspraken na Aandacht nodig In ontwikkeling", text);
        Assert.Contains("Wat zag je? Kwam drie keer te laat Wat zag je? Stipt bij elke les", text);
        Assert.Contains("Werkt samen Op niveau Sterk", text);
        Assert.Contains("Ontwikkelplan: doelen en stand", text);
        Assert.Contains("• Op tijd beginnen (open) · ook op de werkplek: wekker om zes uur", text);
        Assert.DoesNotContain("12/7/2026", text);
        Assert.DoesNotContain("Needs attention", text);
        Assert.DoesNotContain("Oude observatie", text);

        // Side by side: the trainer's observation and the school's start on one line, the trainer's on the left.
        var trainerSaw = Word(document, "Kwam");
        var schoolSaw = Word(document, "Stipt");
        Assert.Equal(trainerSaw.BoundingBox.Bottom, schoolSaw.BoundingBox.Bottom, 1);
        Assert.True(trainerSaw.BoundingBox.Left < schoolSaw.BoundingBox.Left);
    }

    [Fact]
    public void In_English_the_whole_document_is_English_with_English_dates_and_numbers()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");

        var pdf = Builder().Build(new GrowthDocumentData(Progress(), Assessments(), [], MadeAt));

        using var document = PdfDocument.Open(pdf);
        var text = Text(document);
        Assert.Contains("Growth document", text);
        Assert.Contains("Made on 7 December 2026", text);
        Assert.Contains("Approved hours: 1,234.5 of 1,300 planned", text);
        Assert.Contains("Workplace and school side by side", text);
        Assert.Contains("Criterion Workplace trainer · 7 December School (Mentor) · 20 November 2026", text);
        Assert.Contains("Komt afspraken na Needs attention Developing", text);
        Assert.Contains("What did you see? Kwam drie keer What did you see? Stipt bij elke les", text);
        Assert.Contains("Development plan: goals and status", text);
        Assert.Contains("• Op tijd beginnen (open) · also at the workplace", text);
        Assert.DoesNotContain("12/7/2026", text);
        Assert.DoesNotContain("Groeidocument", text);
        Assert.DoesNotContain("Aandacht nodig", text);
    }

    [Fact]
    public async Task A_mentor_gets_the_pdf_as_a_download_named_in_their_language()
    {
        var stub = UseGuidance(HttpStatusCode.OK);

        var answer = await Download().AnswerAsync(StudentId, User(Roles.Mentor), CancellationToken.None);

        var file = Assert.IsType<FileContentHttpResult>(answer.Result);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal("groeidocument-900001.pdf", file.FileDownloadName);
        using var document = PdfDocument.Open(file.FileContents.ToArray());
        Assert.Contains("Wat zag je? Kwam drie keer te laat", Text(document));
        Assert.Contains($"GET /api/students/{StudentId}/assessments", stub.Calls);
    }

    [Fact]
    public async Task A_trainer_gets_a_page_in_their_language_and_guidance_is_not_asked()
    {
        var stub = UseGuidance(HttpStatusCode.OK);

        var answer = await Download().AnswerAsync(StudentId, User(Roles.Trainer), CancellationToken.None);

        var page = Assert.IsType<ContentHttpResult>(answer.Result);
        Assert.Equal(403, page.StatusCode);
        Assert.StartsWith("text/html", page.ContentType);
        Assert.Contains("Je mag het groeidocument van deze student niet bekijken.", page.ResponseContent);
        Assert.Contains("lang=\"nl\"", page.ResponseContent);
        Assert.Contains("<a href=\"/\">", page.ResponseContent);
        Assert.Empty(stub.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "nl-NL", 403, "Je mag het groeidocument van deze student niet bekijken.")]
    [InlineData(HttpStatusCode.NotFound, "nl-NL", 404, "Deze student is niet gevonden.")]
    [InlineData(HttpStatusCode.Forbidden, "en", 403, "You may not view this student&#39;s growth document.")]
    [InlineData(HttpStatusCode.NotFound, "en", 404, "This student was not found.")]
    [InlineData(HttpStatusCode.InternalServerError, "en", 502, "The growth document cannot be made right now.")]
    public async Task A_refusal_or_an_unknown_student_from_guidance_is_a_page_in_the_users_language(
        HttpStatusCode guidanceAnswer, string culture, int status, string sentence)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        UseGuidance(guidanceAnswer);

        var answer = await Download().AnswerAsync(StudentId, User(Roles.Mentor), CancellationToken.None);

        var page = Assert.IsType<ContentHttpResult>(answer.Result);
        Assert.Equal(status, page.StatusCode);
        Assert.Contains(sentence, page.ResponseContent);
        Assert.DoesNotContain("\"status\"", page.ResponseContent);
    }

    private GrowthDocumentBuilder Builder() => new(Services.GetRequiredService<IStringLocalizer<SharedResource>>());

    private GrowthDocumentDownload Download() => Services.GetRequiredService<GrowthDocumentDownload>();

    private StubHttpClientFactory UseGuidance(HttpStatusCode progressStatus)
    {
        var stub = UseApis(new()
        {
            [$"GET /api/students/{StudentId}/progress"] = (progressStatus, progressStatus == HttpStatusCode.OK ? JsonSerializer.Serialize(Progress(), ApiClient.Json) : ""),
            [$"GET /api/students/{StudentId}/assessments"] = (HttpStatusCode.OK, JsonSerializer.Serialize(Assessments(), ApiClient.Json)),
            [$"GET /api/students/{StudentId}/reviews"] = (HttpStatusCode.OK, "[]"),
        });
        Services.AddScoped<GrowthDocumentBuilder>();
        Services.AddScoped<GrowthDocumentDownload>();
        return stub;
    }

    private static ClaimsPrincipal User(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test", ClaimTypes.Name, ClaimTypes.Role));

    private static StudentProgress Progress() => new(
        StudentId, "Sem de Jong", "900001", "2025-VK2", "active",
        new ProgressEnrolment("25180", "Medewerker bakkerij", 2, "BBL", null, null), null,
        new ProgressPlacement(Guid.NewGuid(), Guid.NewGuid(), "Bakkerij De Korenbloem", "Jeroen Bakker", null, null, "active", null),
        null, new ProgressHours(1234.5, 1300, 1600, 95, 30), null,
        [
            new CriterionProgress("punctuality", "Komt afspraken na", null, true, []),
            new CriterionProgress("teamwork", "Werkt samen", null, false, []),
        ],
        [], [new PlanGoal(Guid.NewGuid(), "Op tijd beginnen", "punctuality", null, true, "open", "wekker om zes uur")], null, []);

    private static List<Assessment> Assessments() =>
    [
        Assessment("trainer", "Jeroen Bakker", MadeAt, [new("punctuality", "needsAttention", "Kwam drie keer te laat"), new("teamwork", "competent", null)]),
        Assessment("mentor", "Mira Smit", new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), [new("punctuality", "developing", "Stipt bij elke les"), new("teamwork", "strong", null)]),
        // An older trainer's assessment that a later one replaced: not shown beside the school's.
        Assessment("trainer", "Jeroen Bakker", new DateTimeOffset(2026, 9, 1, 10, 0, 0, TimeSpan.Zero), [new("punctuality", "strong", "Oude observatie")], supersededBy: Guid.NewGuid()),
    ];

    private static Assessment Assessment(string role, string assessor, DateTimeOffset submittedAt, IReadOnlyList<Rating> ratings, Guid? supersededBy = null) =>
        new(Guid.NewGuid(), StudentId, Guid.NewGuid(), assessor, role, null, null, "attitude", "submitted", ratings, null, [], submittedAt.AddDays(-1), submittedAt, supersededBy);

    private static string Text(PdfDocument document) =>
        string.Join("\n", document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(word => word.Text))));

    private static Word Word(PdfDocument document, string text) =>
        document.GetPages().SelectMany(page => page.GetWords()).First(word => word.Text == text);
}
