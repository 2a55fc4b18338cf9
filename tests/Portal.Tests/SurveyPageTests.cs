using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Authorization;
using PartnershipHub.Portal.Components.Pages.Surveys;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>
/// /enquete/{id}: the end-of-placement survey as the student and the praktijkopleider fill it in, its questions and the
/// 1–5 scale in their language, what Insights refuses beside the question, and the answered and closed states.
/// </summary>
public sealed class SurveyPageTests : PortalTestContext
{
    private static readonly Guid SurveyId = Guid.Parse("66666666-6666-6666-6666-666666666666");
    private static readonly Guid PlacementId = Guid.Parse("44444444-4444-4444-4444-444444444444");
    private static readonly string GetCall = $"GET /api/insights/surveys/{SurveyId}";
    private static readonly string PostCall = $"POST /api/insights/surveys/{SurveyId}/answers";

    private static readonly string[] StudentKeys =
    [
        "guidanceAtCompany", "fitWithProgramme", "atmosphere", "learnedNewThings", "variedTasks",
        "feedbackReceived", "takenSeriously", "schoolSupport", "preparedBySchool", "wouldRecommend",
    ];

    private static readonly string[] TrainerKeys =
    [
        "studentPreparation", "fitWithProgramme", "professionalAttitude", "studentProgress", "schoolReachable",
        "schoolSupport", "agreementsClear", "assignmentsWorkable", "collaborationWithSchool", "wouldRecommend",
    ];

    private static string Survey(string respondent = "student", bool open = true, string? answeredAt = null, string scores = "null", string comment = "null") => $$"""
        {"surveyId":"{{SurveyId}}","respondent":"{{respondent}}","companyName":"Bakkerij De Korenbloem","placementEndedOn":"2027-01-29",
         "closesOn":"2027-03-12","answeredAt":{{(answeredAt is null ? "null" : $"\"{answeredAt}\"")}},"open":{{(open ? "true" : "false")}},
         "questions":{{JsonSerializer.Serialize(respondent == "student" ? StudentKeys : TrainerKeys)}},"scores":{{scores}},"comment":{{comment}}}
        """;

    private static string AllScores(int score) => "{" + string.Join(",", StudentKeys.Select(k => $"\"{k}\":{score}")) + "}";

    private StubHttpClientFactory Api(string survey, (HttpStatusCode, string)? post = null, string role = "student")
    {
        var stub = UseApis(new()
        {
            [GetCall] = (HttpStatusCode.OK, survey),
            [PostCall] = post ?? (HttpStatusCode.OK, Survey(open: false, answeredAt: "2027-02-03T10:00:00Z", scores: AllScores(4), comment: "\"Leuke stage\"")),
        });
        AddAuthorization().SetAuthorized($"{role}@demo").SetRoles(role);
        return stub;
    }

    private void InEnglish() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");

    [Fact]
    public void The_student_answers_ten_questions_on_a_labelled_scale_and_sees_the_thank_you_and_their_answers()
    {
        var stub = Api(Survey());
        var page = Render<SurveyPage>(p => p.Add(x => x.SurveyId, SurveyId));

        page.WaitForElement("[data-testid=survey-form]");
        Assert.Contains("Over je stage bij Bakkerij De Korenbloem, die eindigde op 29 januari 2027.", page.Find("[data-testid=survey-about]").TextContent);
        Assert.Contains("12 maart 2027", page.Find("[data-testid=survey-open-until]").TextContent);
        // Ten questions, each a fieldset whose legend is the statement, with five labelled radios.
        var questions = page.FindAll("fieldset.survey-question");
        Assert.Equal(10, questions.Count);
        Assert.Equal("Mijn praktijkopleider begeleidde me goed.", page.Find("[data-testid=question-guidanceAtCompany] legend").TextContent);
        Assert.All(questions, question =>
        {
            var radios = question.QuerySelectorAll("input[type=radio]");
            Assert.Equal(5, radios.Length);
            Assert.All(radios, radio => Assert.NotNull(question.QuerySelector($"label[for='{radio.Id}']")));
        });
        Assert.Equal("1 – helemaal oneens", page.Find("label[for=q-atmosphere-1]").TextContent);
        Assert.Equal("5 – helemaal eens", page.Find("label[for=q-atmosphere-5]").TextContent);
        Assert.NotNull(page.Find("label[for=survey-comment]"));

        foreach (var key in StudentKeys)
        {
            page.Find($"[data-testid=score-{key}-4]").Change("4");
        }

        page.Find("[data-testid=score-atmosphere-5]").Change("5");
        page.Find("[data-testid=survey-comment]").Input("Leuke stage");
        page.Find("form").Submit();

        page.WaitForElement("[data-testid=survey-thanks]");
        var sent = JsonDocument.Parse(Assert.Single(stub.Bodies, b => b.Call == PostCall).Body).RootElement;
        Assert.Equal(10, sent.GetProperty("scores").EnumerateObject().Count());
        Assert.Equal(5, sent.GetProperty("scores").GetProperty("atmosphere").GetInt32());
        Assert.Equal(4, sent.GetProperty("scores").GetProperty("guidanceAtCompany").GetInt32());
        Assert.Equal("Leuke stage", sent.GetProperty("comment").GetString());
        // Read-only afterwards: the answers as words, no form.
        Assert.Empty(page.FindAll("[data-testid=survey-form]"));
        Assert.Equal("4 – eens", page.Find("[data-testid=answer-guidanceAtCompany]").TextContent);
        Assert.Contains("3 februari 2027", page.Find("[data-testid=survey-answers]").TextContent);
        Assert.Equal("Leuke stage", page.Find("[data-testid=answer-comment]").TextContent);
    }

    [Fact]
    public void The_trainer_reads_their_own_questions_in_English_with_dates_in_English()
    {
        InEnglish();
        Api(Survey(respondent: "trainer"), role: "trainer");
        var page = Render<SurveyPage>(p => p.Add(x => x.SurveyId, SurveyId));

        page.WaitForElement("[data-testid=survey-form]");
        Assert.Equal("Placement survey", page.Find("h1").TextContent);
        Assert.Contains("About the placement at Bakkerij De Korenbloem that ended on 29 January 2027.", page.Find("[data-testid=survey-about]").TextContent);
        Assert.Contains("12 March 2027", page.Find("[data-testid=survey-open-until]").TextContent);
        Assert.Equal("The student was well prepared for the placement.", page.Find("[data-testid=question-studentPreparation] legend").TextContent);
        Assert.Equal("1 – strongly disagree", page.Find("label[for=q-schoolReachable-1]").TextContent);
        // Every question has its own text: none falls back to the generic word or shows a key.
        var legends = page.FindAll("legend").Select(l => l.TextContent).ToList();
        Assert.Equal(10, legends.Distinct().Count());
        Assert.DoesNotContain(legends, l => l == "Question" || l.Contains("Survey."));
    }

    [Theory]
    [InlineData("nl", "Kies een antwoord van 1 tot en met 5.", "Je opmerking is te lang: gebruik hoogstens 2000 tekens.")]
    [InlineData("en", "Choose an answer from 1 to 5.", "Your comment is too long: use at most 2000 characters.")]
    public void A_400_shows_a_sentence_beside_the_question_and_the_comment_in_the_users_language(string language, string scoreSentence, string commentSentence)
    {
        if (language == "en")
        {
            InEnglish();
        }

        Api(Survey(), (HttpStatusCode.BadRequest, """
            {"title":"One or more validation errors occurred.","status":400,"errors":{
              "scores.atmosphere":["Give a score from 1 to 5 for atmosphere."],
              "comment":["The comment is at most 2000 characters."]}}
            """));
        var page = Render<SurveyPage>(p => p.Add(x => x.SurveyId, SurveyId));

        page.WaitForElement("[data-testid=survey-form]");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal(scoreSentence, page.Find("[data-testid=error-atmosphere]").TextContent));
        Assert.Equal(commentSentence, page.Find("[data-testid=error-comment]").TextContent);
        // Inside the question's fieldset, and the fieldset points at it.
        Assert.Equal("error-atmosphere", page.Find("[data-testid=question-atmosphere]").GetAttribute("aria-describedby"));
        Assert.NotNull(page.Find("[data-testid=question-atmosphere] [data-testid=error-atmosphere]"));
        Assert.Empty(page.FindAll("[data-testid=error-guidanceAtCompany]"));
        var text = page.Find("[data-testid=survey-form]").TextContent;
        Assert.DoesNotContain("Give a score", text);
        Assert.DoesNotContain("Survey.", text);
        Assert.Empty(page.FindAll("[data-testid=survey-thanks]"));
    }

    [Fact]
    public void A_409_survey_answered_shows_the_answers_given_elsewhere_with_the_reason_in_words()
    {
        var stub = UseApis(new()
        {
            [GetCall] = (HttpStatusCode.OK, Survey()),
            [PostCall] = (HttpStatusCode.Conflict, """{"title":"Conflict","status":409,"rule":"survey-answered","detail":"This survey has been answered."}"""),
        });
        AddAuthorization().SetAuthorized("student@demo").SetRoles("student");
        var page = Render<SurveyPage>(p => p.Add(x => x.SurveyId, SurveyId));
        page.WaitForElement("[data-testid=survey-form]");

        // Meanwhile answered in another tab: the reload finds it answered.
        stub.SetAnswer(GetCall, HttpStatusCode.OK, Survey(open: false, answeredAt: "2027-02-02T08:00:00Z", scores: AllScores(3)));
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal("Je hebt deze enquête al ingevuld. Hieronder staan je antwoorden.", page.Find("[data-testid=survey-already]").TextContent));
        Assert.Equal("3 – niet eens, niet oneens", page.Find("[data-testid=answer-wouldRecommend]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=survey-form]"));
        Assert.Empty(page.FindAll("[data-testid=survey-thanks]"));
        Assert.Equal(2, stub.Calls.Count(c => c == GetCall));
    }

    [Fact]
    public void A_409_survey_closed_shows_the_closed_state()
    {
        Api(Survey(), (HttpStatusCode.Conflict, """{"title":"Conflict","status":409,"rule":"survey-closed"}"""));
        var page = Render<SurveyPage>(p => p.Add(x => x.SurveyId, SurveyId));
        page.WaitForElement("[data-testid=survey-form]");

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal("Deze enquête is gesloten; invullen kan niet meer.", page.Find("[data-testid=survey-closed]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=survey-form]"));
    }

    [Theory]
    [InlineData("nl", "Deze enquête is gesloten op 12 maart 2027; invullen kan niet meer.")]
    [InlineData("en", "This survey closed on 12 March 2027; it can no longer be filled in.")]
    public void A_survey_past_its_closing_date_says_so_and_offers_no_form(string language, string sentence)
    {
        if (language == "en")
        {
            InEnglish();
        }

        Api(Survey(open: false));
        var page = Render<SurveyPage>(p => p.Add(x => x.SurveyId, SurveyId));

        page.WaitForAssertion(() => Assert.Equal(sentence, page.Find("[data-testid=survey-closed]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=survey-form]"));
    }

    [Fact]
    public void Someone_elses_survey_is_refused_politely_without_saying_whether_it_exists()
    {
        UseApis(new() { [GetCall] = (HttpStatusCode.NotFound, "") });
        AddAuthorization().SetAuthorized("student@demo").SetRoles("student");
        var page = Render<SurveyPage>(p => p.Add(x => x.SurveyId, SurveyId));

        page.WaitForAssertion(() => Assert.Equal("Deze enquête bestaat niet of is niet voor jou bedoeld.", page.Find("[data-testid=survey-not-found]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=survey-form]"));
    }

    [Fact]
    public void Only_students_and_trainers_reach_the_survey_pages()
    {
        foreach (var page in new[] { typeof(SurveyPage), typeof(MySurveysPage) })
        {
            var roles = Assert.Single(page.GetCustomAttributes(typeof(AuthorizeAttribute), true).Cast<AuthorizeAttribute>()).Roles!;
            Assert.Equal(["student", "trainer"], roles.Split(',').Order());
        }
    }

    [Fact]
    public void My_surveys_lists_the_open_one_first_with_its_closing_date()
    {
        var answered = Guid.Parse("77777777-7777-7777-7777-777777777777");
        UseApis(new()
        {
            ["GET /api/insights/surveys/mine"] = (HttpStatusCode.OK, $$"""
                {"items":[
                  {"surveyId":"{{answered}}","placementId":"{{Guid.NewGuid()}}","companyName":"Garage Jansen","respondent":"student",
                   "placementEndedOn":"2026-07-03","closesOn":"2026-08-14","answeredAt":"2026-07-10T12:00:00Z","open":false},
                  {"surveyId":"{{SurveyId}}","placementId":"{{PlacementId}}","companyName":"Bakkerij De Korenbloem","respondent":"student",
                   "placementEndedOn":"2027-01-29","closesOn":"2027-03-12","answeredAt":null,"open":true}]}
                """),
        });
        AddAuthorization().SetAuthorized("student@demo").SetRoles("student");

        var page = Render<MySurveysPage>();

        page.WaitForElement("[data-testid=surveys]");
        var surveys = page.FindAll("[data-testid=survey]");
        Assert.Equal(2, surveys.Count);
        Assert.Contains("Bakkerij De Korenbloem", surveys[0].TextContent);
        Assert.Contains("Je kunt deze enquête invullen tot en met 12 maart 2027.", surveys[0].TextContent);
        Assert.Equal($"/enquete/{SurveyId}", surveys[0].QuerySelector("[data-testid=survey-link]")!.GetAttribute("href"));
        Assert.Contains("Ingevuld op 10 juli 2026", surveys[1].TextContent);
        Assert.Contains("Bekijken", surveys[1].TextContent);
    }

    [Fact]
    public void The_placement_pages_link_to_the_open_survey_of_that_placement_only()
    {
        var other = Guid.Parse("88888888-8888-8888-8888-888888888888");
        UseApis(new()
        {
            ["GET /api/insights/surveys/mine"] = (HttpStatusCode.OK, $$"""
                {"items":[
                  {"surveyId":"{{SurveyId}}","placementId":"{{PlacementId}}","companyName":"Bakkerij De Korenbloem","respondent":"trainer",
                   "placementEndedOn":"2027-01-29","closesOn":"2027-03-12","answeredAt":null,"open":true},
                  {"surveyId":"{{other}}","placementId":"{{other}}","companyName":"Bakkerij De Korenbloem","respondent":"trainer",
                   "placementEndedOn":"2027-01-15","closesOn":"2027-02-26","answeredAt":null,"open":true}]}
                """),
        });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer");

        var link = Render<OpenSurveyLink>(p => p.Add(x => x.PlacementId, PlacementId));

        link.WaitForElement("[data-testid=open-survey-link]");
        Assert.Equal($"/enquete/{SurveyId}", Assert.Single(link.FindAll("[data-testid=open-survey-link]")).GetAttribute("href"));
        Assert.Contains("uiterlijk 12 maart 2027", link.Find("[data-testid=open-survey]").TextContent);
    }

    [Fact]
    public void Without_an_open_survey_or_with_Insights_down_the_placement_page_shows_nothing_extra()
    {
        UseApis(new() { ["GET /api/insights/surveys/mine"] = (HttpStatusCode.ServiceUnavailable, "") });
        AddAuthorization().SetAuthorized("student@demo").SetRoles("student");

        var link = Render<OpenSurveyLink>();

        link.WaitForAssertion(() => Assert.Empty(link.FindAll("[data-testid=open-survey]")));
        Assert.Empty(link.FindAll("[data-testid=problem]"));
    }
}
