using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Testing;
using static PartnershipHub.Insights.Tests.Surveys.SurveyData;

namespace PartnershipHub.Insights.Tests.Surveys;

/// <summary>Answering the end-of-placement survey: who may, what a valid answer is, once, before it closes, and what is published.</summary>
public sealed class AnsweringTests(InsightsApiFixture fixture) : IClassFixture<InsightsApiFixture>
{
    private HttpClient AsStudent(Guid studentId) => fixture.CreateClient(TestTokens.Student(fixture.Audience, studentId));

    private async Task<Survey> StoredAsync(Guid id) =>
        await fixture.InDatabaseAsync(db => db.Surveys.AsNoTracking().SingleAsync(s => s.Id == id));

    /// <summary>How many answers of this survey were written to the outbox (published or still waiting).</summary>
    private async Task<int> AnsweredEventsInOutboxAsync(Guid surveyId)
    {
        var payloads = await fixture.InDatabaseAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.MessageType.Contains(nameof(PlacementSurveyAnswered)))
            .Select(m => m.Payload)
            .ToListAsync());
        return payloads.Count(p => p.Contains(surveyId.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_student_answers_their_survey_once_and_the_answer_is_announced_without_its_content()
    {
        var company = Company("Bakkerij De Korenschoof");
        var student = Guid.NewGuid();
        var survey = Survey(SurveyRespondent.Student, student, company.Id);
        var trainersSurvey = Survey(SurveyRespondent.Trainer, student, company.Id, trainerId: Guid.NewGuid(), placementId: survey.PlacementId);
        await fixture.AddAsync(company, survey, trainersSurvey);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementSurveyAnswered>());
        var client = AsStudent(student);

        var mine = await JsonOf(await client.GetAsync("/api/insights/surveys/mine"));
        var line = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal(survey.Id, line.GetProperty("surveyId").GetGuid());
        Assert.Equal(survey.PlacementId, line.GetProperty("placementId").GetGuid());
        Assert.Equal("Bakkerij De Korenschoof", line.GetProperty("companyName").GetString());
        Assert.Equal("student", line.GetProperty("respondent").GetString());
        Assert.Equal(survey.ClosesOn.ToString("yyyy-MM-dd"), line.GetProperty("closesOn").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("answeredAt").ValueKind);
        Assert.True(line.GetProperty("open").GetBoolean());

        var before = await JsonOf(await client.GetAsync($"/api/insights/surveys/{survey.Id}"));
        Assert.Equal(SurveyQuestions.Student, before.GetProperty("questions").EnumerateArray().Select(q => q.GetString()!).ToList());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("scores").ValueKind);
        Assert.True(before.GetProperty("open").GetBoolean());

        var scores = Scores(SurveyRespondent.Student, i => i % 5 + 1);
        var comment = new string('x', 1990) + "  einde ";
        using var response = await client.AnswerAsync(survey.Id, new { scores, comment });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answered = await JsonOf(response);
        Assert.False(answered.GetProperty("open").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, answered.GetProperty("answeredAt").ValueKind);
        Assert.Equal(scores, answered.GetProperty("scores").Deserialize<Dictionary<string, int>>());
        Assert.Equal(comment.Trim(), answered.GetProperty("comment").GetString());

        var stored = await StoredAsync(survey.Id);
        Assert.Equal(SurveyQuestions.Student.Select(k => scores[k]), stored.Scores!);
        Assert.Equal(comment.Trim(), stored.Comment);
        Assert.NotNull(stored.AnsweredAt);

        var announced = await events.WaitForAsync<PlacementSurveyAnswered>(e => e.SurveyId == survey.Id);
        Assert.Equal(survey.PlacementId, announced.PlacementId);
        Assert.Equal(student, announced.StudentId);
        Assert.Equal(company.Id, announced.CompanyId);
        Assert.Null(announced.TrainerId);
        Assert.Equal("student", announced.Respondent);
        Assert.Equal(stored.AnsweredAt!.Value, announced.AnsweredAt, TimeSpan.FromMilliseconds(1));

        var after = await JsonOf(await client.GetAsync($"/api/insights/surveys/{survey.Id}"));
        Assert.Equal(scores, after.GetProperty("scores").Deserialize<Dictionary<string, int>>());
        var listed = Assert.Single((await JsonOf(await client.GetAsync("/api/insights/surveys/mine"))).GetProperty("items").EnumerateArray());
        Assert.False(listed.GetProperty("open").GetBoolean());
    }

    [Fact]
    public async Task A_trainer_is_matched_by_email_and_company_and_answers_the_trainers_survey()
    {
        var bakery = Company();
        var garage = Company();
        var email = RandomEmail();
        var atBakery = Trainer(bakery.Id, email);
        var atGarage = Trainer(garage.Id, email);
        var student = Guid.NewGuid();
        var survey = Survey(SurveyRespondent.Trainer, student, bakery.Id, trainerId: atBakery.Id);
        var studentsSurvey = Survey(SurveyRespondent.Student, student, bakery.Id, placementId: survey.PlacementId);
        var garageSurvey = Survey(SurveyRespondent.Trainer, Guid.NewGuid(), garage.Id, trainerId: atGarage.Id);
        await fixture.AddAsync(bakery, garage, atBakery, atGarage, survey, studentsSurvey, garageSurvey);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementSurveyAnswered>());

        // Identity's address may be spelt in capitals; the token names both companies.
        var both = fixture.CreateClient(TrainerToken(fixture.Audience, email.ToUpperInvariant(), bakery.Id, garage.Id));
        var mine = (await JsonOf(await both.GetAsync("/api/insights/surveys/mine"))).GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("surveyId").GetGuid(), i.GetProperty("respondent").GetString())).ToHashSet();
        Assert.Equal([(survey.Id, "trainer"), (garageSurvey.Id, "trainer")], mine);

        var bakeryOnly = fixture.CreateClient(TrainerToken(fixture.Audience, email, bakery.Id));
        var view = await JsonOf(await bakeryOnly.GetAsync($"/api/insights/surveys/{survey.Id}"));
        Assert.Equal(SurveyQuestions.Trainer, view.GetProperty("questions").EnumerateArray().Select(q => q.GetString()!).ToList());
        Assert.Equal(HttpStatusCode.NotFound, (await bakeryOnly.GetAsync($"/api/insights/surveys/{garageSurvey.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bakeryOnly.GetAsync($"/api/insights/surveys/{studentsSurvey.Id}")).StatusCode);

        using var response = await bakeryOnly.AnswerAsync(survey.Id, new { scores = Scores(SurveyRespondent.Trainer, _ => 5) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await JsonOf(response)).GetProperty("comment").ValueKind);
        Assert.Equal(Enumerable.Repeat(5, 10), (await StoredAsync(survey.Id)).Scores!);

        var announced = await events.WaitForAsync<PlacementSurveyAnswered>(e => e.SurveyId == survey.Id);
        Assert.Equal("trainer", announced.Respondent);
        Assert.Equal(atBakery.Id, announced.TrainerId);
        Assert.Equal(student, announced.StudentId);
    }

    [Fact]
    public async Task The_same_email_at_another_company_or_an_inactive_trainer_is_someone_else()
    {
        var bakery = Company();
        var garage = Company();
        var email = RandomEmail();
        var atBakery = Trainer(bakery.Id, email);
        var atGarage = Trainer(garage.Id, email);
        var survey = Survey(SurveyRespondent.Trainer, Guid.NewGuid(), bakery.Id, trainerId: atBakery.Id);
        var leftEmail = RandomEmail();
        var left = Trainer(garage.Id, leftEmail, active: false);
        var leftSurvey = Survey(SurveyRespondent.Trainer, Guid.NewGuid(), garage.Id, trainerId: left.Id);
        await fixture.AddAsync(bakery, garage, atBakery, atGarage, survey, left, leftSurvey);

        var otherCompany = fixture.CreateClient(TrainerToken(fixture.Audience, email, garage.Id));
        Assert.Empty((await JsonOf(await otherCompany.GetAsync("/api/insights/surveys/mine"))).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await otherCompany.GetAsync($"/api/insights/surveys/{survey.Id}")).StatusCode);
        using (var refused = await otherCompany.AnswerAsync(survey.Id, new { scores = Scores(SurveyRespondent.Trainer) }))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        // The right company, another address; and a trainer the company deactivated.
        var otherEmail = fixture.CreateClient(TrainerToken(fixture.Audience, RandomEmail(), bakery.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await otherEmail.GetAsync($"/api/insights/surveys/{survey.Id}")).StatusCode);
        var deactivated = fixture.CreateClient(TrainerToken(fixture.Audience, leftEmail, garage.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await deactivated.GetAsync($"/api/insights/surveys/{leftSurvey.Id}")).StatusCode);
        Assert.Null((await StoredAsync(survey.Id)).AnsweredAt);
    }

    [Fact]
    public async Task Every_missing_out_of_range_or_unknown_score_and_a_long_comment_are_named()
    {
        var student = Guid.NewGuid();
        var survey = Survey(SurveyRespondent.Student, student, Guid.NewGuid());
        await fixture.AddAsync(survey);
        var client = AsStudent(student);

        var scores = Scores(SurveyRespondent.Student);
        scores.Remove("atmosphere");
        scores["learnedNewThings"] = 0;
        scores["wouldRecommend"] = 6;
        scores["salary"] = 3;
        using var response = await client.AnswerAsync(survey.Id, new { scores, comment = new string('a', 2001) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonOf(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToList();
        Assert.Equal(["comment", "scores.atmosphere", "scores.learnedNewThings", "scores.salary", "scores.wouldRecommend"], errors);

        using var none = await client.AnswerAsync(survey.Id, new { comment = "Fijne plek." });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        var missing = (await JsonOf(none)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToHashSet();
        Assert.Equal(SurveyQuestions.Student.Select(k => $"scores.{k}").ToHashSet(), missing);

        // A trainer's key is unknown on a student's survey.
        var mixed = Scores(SurveyRespondent.Student);
        mixed["studentPreparation"] = 4;
        using var wrongKey = await client.AnswerAsync(survey.Id, new { scores = mixed });
        Assert.Equal(["scores.studentPreparation"], (await JsonOf(wrongKey)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList());

        using var notANumber = await client.AnswerAsync(survey.Id, new { scores = new Dictionary<string, object> { ["atmosphere"] = "good" } });
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);

        var stored = await StoredAsync(survey.Id);
        Assert.Null(stored.AnsweredAt);
        Assert.Null(stored.Scores);
        Assert.Equal(0, await AnsweredEventsInOutboxAsync(survey.Id));
    }

    [Fact]
    public async Task A_second_answer_is_refused_and_the_first_stays()
    {
        var student = Guid.NewGuid();
        var survey = Survey(SurveyRespondent.Student, student, Guid.NewGuid());
        await fixture.AddAsync(survey);
        var client = AsStudent(student);

        using (var first = await client.AnswerAsync(survey.Id, new { scores = Scores(SurveyRespondent.Student, _ => 2), comment = "Eerste." }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await client.AnswerAsync(survey.Id, new { scores = Scores(SurveyRespondent.Student, _ => 5), comment = "Tweede." });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("survey-answered", (await JsonOf(second)).GetProperty("rule").GetString());

        var stored = await StoredAsync(survey.Id);
        Assert.Equal(Enumerable.Repeat(2, 10), stored.Scores!);
        Assert.Equal("Eerste.", stored.Comment);
        Assert.Equal(1, await AnsweredEventsInOutboxAsync(survey.Id));
    }

    [Fact]
    public async Task Of_two_answers_sent_at_once_one_is_stored_and_the_other_refused()
    {
        var student = Guid.NewGuid();
        var surveys = Enumerable.Range(0, 5).Select(_ => Survey(SurveyRespondent.Student, student, Guid.NewGuid())).ToList();
        await fixture.AddAsync([.. surveys]);
        var log = CapturedLog.AttachTo(fixture.Factory.Services);
        var one = AsStudent(student);
        var other = AsStudent(student);

        foreach (var survey in surveys)
        {
            var responses = await Task.WhenAll(
                one.AnswerAsync(survey.Id, new { scores = Scores(SurveyRespondent.Student, _ => 1), comment = "A" }),
                other.AnswerAsync(survey.Id, new { scores = Scores(SurveyRespondent.Student, _ => 3), comment = "B" }));
            var statuses = responses.Select(r => r.StatusCode).Order().ToList();
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);

            var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
            var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
            Assert.Equal("survey-answered", (await JsonOf(loser)).GetProperty("rule").GetString());
            var stored = await StoredAsync(survey.Id);
            Assert.Equal((await JsonOf(winner)).GetProperty("comment").GetString(), stored.Comment);
            Assert.Equal(stored.Comment == "A" ? 1 : 3, Assert.Single(stored.Scores!.Distinct()));
            Assert.Equal(1, await AnsweredEventsInOutboxAsync(survey.Id));
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        // A lost race is the caller's 409, not an error an operator must chase.
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task A_survey_can_be_answered_through_its_closing_day_and_not_after()
    {
        var student = Guid.NewGuid();
        var closed = Survey(SurveyRespondent.Student, student, Guid.NewGuid(), closesInDays: -1);
        var lastDay = Survey(SurveyRespondent.Student, student, Guid.NewGuid(), closesInDays: 0);
        await fixture.AddAsync(closed, lastDay);
        var client = AsStudent(student);

        var view = await JsonOf(await client.GetAsync($"/api/insights/surveys/{closed.Id}"));
        Assert.False(view.GetProperty("open").GetBoolean());
        using var late = await client.AnswerAsync(closed.Id, new { scores = Scores(SurveyRespondent.Student) });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("survey-closed", (await JsonOf(late)).GetProperty("rule").GetString());
        Assert.Null((await StoredAsync(closed.Id)).AnsweredAt);

        using var inTime = await client.AnswerAsync(lastDay.Id, new { scores = Scores(SurveyRespondent.Student) });
        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
    }

    [Fact]
    public async Task Someone_elses_survey_does_not_exist_for_the_caller()
    {
        var student = Guid.NewGuid();
        var classmate = Guid.NewGuid();
        var company = Guid.NewGuid();
        var classmates = Survey(SurveyRespondent.Student, classmate, company);
        var trainers = Survey(SurveyRespondent.Trainer, student, company, trainerId: Guid.NewGuid());
        await fixture.AddAsync(classmates, trainers);
        var client = AsStudent(student);

        foreach (var id in new[] { classmates.Id, trainers.Id, Guid.NewGuid() })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/insights/surveys/{id}")).StatusCode);
            using var answer = await client.AnswerAsync(id, new { scores = Scores(SurveyRespondent.Student) });
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        }

        Assert.Empty((await JsonOf(await client.GetAsync("/api/insights/surveys/mine"))).GetProperty("items").EnumerateArray());
        Assert.Null((await StoredAsync(classmates.Id)).AnsweredAt);
    }

    [Fact]
    public async Task Roles_that_never_answer_a_survey_are_refused()
    {
        var student = Guid.NewGuid();
        var survey = Survey(SurveyRespondent.Student, student, Guid.NewGuid());
        await fixture.AddAsync(survey);
        string[] tokens =
        [
            TestTokens.Mentor(fixture.Audience, Guid.NewGuid()),
            TestTokens.Coordinator(fixture.Audience),
            TestTokens.Care(fixture.Audience, Guid.NewGuid()),
            TestTokens.Operator(fixture.Audience),
            TestTokens.Teacher(fixture.Audience, Guid.NewGuid()),
        ];

        foreach (var token in tokens)
        {
            var client = fixture.CreateClient(token);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/insights/surveys/mine")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/insights/surveys/{survey.Id}")).StatusCode);
            using var answer = await client.AnswerAsync(survey.Id, new { scores = Scores(SurveyRespondent.Student) });
            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        }

        Assert.Null((await StoredAsync(survey.Id)).AnsweredAt);
    }

    [Fact]
    public async Task My_surveys_list_the_open_ones_first_then_the_latest_placement()
    {
        var student = Guid.NewGuid();
        var company = Guid.NewGuid();
        var old = Survey(SurveyRespondent.Student, student, company, endedOn: Today.AddDays(-200)).Answered(Enumerable.Repeat(3, 10).ToArray());
        var closed = Survey(SurveyRespondent.Student, student, company, endedOn: Today.AddDays(-60));
        var open = Survey(SurveyRespondent.Student, student, company, closesInDays: 5);
        await fixture.AddAsync(old, closed, open, Survey(SurveyRespondent.Student, Guid.NewGuid(), company));

        var items = (await JsonOf(await AsStudent(student).GetAsync("/api/insights/surveys/mine"))).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([open.Id, closed.Id, old.Id], items.Select(i => i.GetProperty("surveyId").GetGuid()));
        Assert.Equal([true, false, false], items.Select(i => i.GetProperty("open").GetBoolean()));
        Assert.Equal("", items[0].GetProperty("companyName").GetString());
    }

    [Fact]
    public async Task The_api_document_says_who_may_call_the_survey_endpoints()
    {
        var client = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));
        var document = await JsonOf(await client.GetAsync("/openapi/v1.json"));
        var paths = document.GetProperty("paths");
        string[] Roles(string path, string method) =>
            [.. paths.GetProperty(path).GetProperty(method).GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()!)];

        Assert.Equal(["student", "trainer"], Roles("/api/insights/surveys/mine", "get"));
        Assert.Equal(["student", "trainer"], Roles("/api/insights/surveys/{id}", "get"));
        Assert.Equal(["student", "trainer"], Roles("/api/insights/surveys/{id}/answers", "post"));
        Assert.Equal(["coordinator", "trainer"], Roles("/api/insights/companies/{companyId}/survey-results", "get"));
        Assert.Empty(Roles("/api/students/{studentId}/export", "get"));
    }
}
