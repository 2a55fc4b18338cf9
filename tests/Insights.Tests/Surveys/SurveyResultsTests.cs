using System.Net;
using System.Text.Json;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Testing;
using static PartnershipHub.Insights.Tests.Surveys.SurveyData;

namespace PartnershipHub.Insights.Tests.Surveys;

/// <summary>A company's survey results: averages beside the programme's, anonymous comments, nothing under five answers, and only for its own trainers and coordinators.</summary>
public sealed class SurveyResultsTests(InsightsApiFixture fixture) : IClassFixture<InsightsApiFixture>
{
    private static string Url(Guid companyId, string query = "") => $"/api/insights/companies/{companyId}/survey-results{query}";

    private HttpClient AsCoordinator() => fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    /// <summary>Answered student surveys at the company, one per row of scores, in the programme, ended on the given day.</summary>
    private static List<Survey> AnsweredStudentSurveys(Guid companyId, string crebo, PeriodFact period, DateOnly endedOn, params (int[] Scores, string? Comment)[] answers) =>
        [.. answers.Select(a => Survey(SurveyRespondent.Student, Guid.NewGuid(), companyId, crebo: crebo, periodId: period.Id, endedOn: endedOn).Answered(a.Scores, a.Comment))];

    private static double Mean(IEnumerable<Survey> surveys, int question) => Math.Round(surveys.Average(s => s.Scores![question]), 2, MidpointRounding.AwayFromZero);

    private static int[] Row(params int[] scores) => scores;

    [Fact]
    public async Task Five_answers_show_the_averages_beside_the_programmes_and_the_comments_without_names()
    {
        var crebo = RandomCrebo();
        var company = Company("Bakkerij Van Dam");
        var rival = Company();
        var elsewhere = Company();
        var spring = Period("Voorjaar 2026", new DateOnly(2026, 2, 1));
        var autumn = Period("Najaar 2025", new DateOnly(2025, 9, 1));
        var ours = AnsweredStudentSurveys(company.Id, crebo, spring, new DateOnly(2026, 6, 12),
            (Row(5, 4, 3, 2, 1, 5, 4, 3, 2, 1), "Goede begeleiding."),
            (Row(4, 4, 4, 4, 4, 4, 4, 4, 4, 4), null),
            (Row(3, 5, 2, 4, 5, 1, 3, 5, 4, 2), "  "),
            (Row(2, 3, 5, 5, 3, 2, 2, 4, 5, 5), "Weinig tijd voor vragen."));
        ours.AddRange(AnsweredStudentSurveys(company.Id, crebo, autumn, new DateOnly(2026, 1, 20), (Row(1, 2, 4, 3, 3, 3, 5, 1, 1, 3), "Aardige collega's.")));
        var notAnswered = Survey(SurveyRespondent.Student, Guid.NewGuid(), company.Id, crebo: crebo, periodId: spring.Id, endedOn: new DateOnly(2026, 6, 12));
        var trainers = Enumerable.Range(0, 2)
            .Select(_ => Survey(SurveyRespondent.Trainer, Guid.NewGuid(), company.Id, Guid.NewGuid(), crebo, spring.Id, new DateOnly(2026, 6, 12)).Answered(Enumerable.Repeat(1, 10).ToArray(), "Trainer's own."))
            .ToList();
        var theirs = AnsweredStudentSurveys(rival.Id, crebo, spring, new DateOnly(2026, 6, 1),
            (Row(5, 5, 5, 5, 5, 5, 5, 5, 5, 5), "Top."), (Row(4, 5, 4, 5, 4, 5, 4, 5, 4, 5), null));
        var otherProgramme = AnsweredStudentSurveys(elsewhere.Id, RandomCrebo(), spring, new DateOnly(2026, 6, 1),
            (Row(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), null), (Row(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), null));
        await fixture.AddAsync([company, rival, elsewhere, spring, autumn, notAnswered, .. ours, .. trainers, .. theirs, .. otherProgramme]);

        using var response = await AsCoordinator().GetAsync(Url(company.Id));
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, raw);
        var results = JsonDocument.Parse(raw).RootElement;
        Assert.Equal(company.Id, results.GetProperty("companyId").GetGuid());
        Assert.Equal("Bakkerij Van Dam", results.GetProperty("companyName").GetString());
        Assert.Equal(5, results.GetProperty("responses").GetInt32());
        Assert.False(results.GetProperty("suppressed").GetBoolean());
        Assert.Equal(5, results.GetProperty("minimum").GetInt32());
        Assert.Equal(2, results.GetProperty("trainerResponses").GetInt32());

        var programme = ours.Concat(theirs).ToList();
        var questions = results.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(SurveyQuestions.Student, questions.Select(q => q.GetProperty("key").GetString()!).ToList());
        for (var i = 0; i < questions.Count; i++)
        {
            Assert.Equal(Mean(ours, i), questions[i].GetProperty("average").GetDouble(), 6);
            Assert.Equal(Mean(programme, i), questions[i].GetProperty("programmeAverage").GetDouble(), 6);
        }

        var comments = results.GetProperty("comments").EnumerateArray()
            .Select(c => (c.GetProperty("text").GetString(), c.GetProperty("periodName").GetString(), c.GetProperty("month").GetString()))
            .ToList();
        Assert.Equal(
            [("Goede begeleiding.", "Voorjaar 2026", "2026-06"), ("Weinig tijd voor vragen.", "Voorjaar 2026", "2026-06"), ("Aardige collega's.", "Najaar 2025", "2026-01")],
            comments);
        Assert.Equal(["month", "periodName", "text"], results.GetProperty("comments")[0].EnumerateObject().Select(p => p.Name).Order().ToList());

        // Nothing in the answer points at a student or a survey.
        foreach (var survey in ours.Append(notAnswered))
        {
            Assert.DoesNotContain(survey.StudentId!.Value.ToString(), raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(survey.Id.ToString(), raw, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(survey.PlacementId.ToString(), raw, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Trainer's own.", raw);
    }

    [Fact]
    public async Task Fewer_than_five_answers_show_no_averages_and_no_comments()
    {
        var crebo = RandomCrebo();
        var company = Company();
        var rival = Company();
        var period = Period("Voorjaar 2026", new DateOnly(2026, 2, 1));
        var ours = AnsweredStudentSurveys(company.Id, crebo, period, new DateOnly(2026, 6, 12),
            (Row(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), "Alleen ik zei dit."), (Row(2, 2, 2, 2, 2, 2, 2, 2, 2, 2), null),
            (Row(3, 3, 3, 3, 3, 3, 3, 3, 3, 3), null), (Row(4, 4, 4, 4, 4, 4, 4, 4, 4, 4), "Ook dit niet."));
        var open = Survey(SurveyRespondent.Student, Guid.NewGuid(), company.Id, crebo: crebo, periodId: period.Id);
        var theirs = AnsweredStudentSurveys(rival.Id, crebo, period, new DateOnly(2026, 6, 12),
            (Row(5, 5, 5, 5, 5, 5, 5, 5, 5, 5), null), (Row(5, 5, 5, 5, 5, 5, 5, 5, 5, 5), null));
        await fixture.AddAsync([company, rival, period, open, .. ours, .. theirs]);

        using var response = await AsCoordinator().GetAsync(Url(company.Id));
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, raw);
        var results = JsonDocument.Parse(raw).RootElement;
        Assert.Equal(4, results.GetProperty("responses").GetInt32());
        Assert.True(results.GetProperty("suppressed").GetBoolean());
        Assert.Empty(results.GetProperty("comments").EnumerateArray());
        Assert.DoesNotContain("Alleen ik zei dit.", raw);
        Assert.All(results.GetProperty("questions").EnumerateArray(), q => Assert.Equal(JsonValueKind.Null, q.GetProperty("average").ValueKind));

        // The programme's six answers are enough for its own average, which holds no one's answer alone.
        var programme = ours.Concat(theirs).ToList();
        var questions = results.GetProperty("questions").EnumerateArray().ToList();
        for (var i = 0; i < questions.Count; i++)
        {
            Assert.Equal(Mean(programme, i), questions[i].GetProperty("programmeAverage").GetDouble(), 6);
        }

        // The rival's two answers: under five for the company and for the programme of its answers alone.
        var small = Company();
        var alone = AnsweredStudentSurveys(small.Id, RandomCrebo(), period, new DateOnly(2026, 6, 12), (Row(5, 5, 5, 5, 5, 5, 5, 5, 5, 5), "Top."));
        await fixture.AddAsync([small, .. alone]);
        var lone = await JsonOf(await AsCoordinator().GetAsync(Url(small.Id)));
        Assert.All(lone.GetProperty("questions").EnumerateArray(), q => Assert.Equal(JsonValueKind.Null, q.GetProperty("programmeAverage").ValueKind));
    }

    [Fact]
    public async Task The_range_counts_placements_that_ended_in_it_and_a_reversed_range_is_refused()
    {
        var crebo = RandomCrebo();
        var company = Company();
        var period = Period("Voorjaar 2026", new DateOnly(2026, 2, 1));
        var june = AnsweredStudentSurveys(company.Id, crebo, period, new DateOnly(2026, 6, 30),
            [.. Enumerable.Range(1, 5).Select(i => (Enumerable.Repeat(i, 10).ToArray(), (string?)$"Juni {i}"))]);
        var july = AnsweredStudentSurveys(company.Id, crebo, period, new DateOnly(2026, 7, 1), (Enumerable.Repeat(1, 10).ToArray(), "Juli"));
        await fixture.AddAsync([company, period, .. june, .. july]);
        var client = AsCoordinator();

        var all = await JsonOf(await client.GetAsync(Url(company.Id)));
        Assert.Equal(6, all.GetProperty("responses").GetInt32());
        var inJune = await JsonOf(await client.GetAsync(Url(company.Id, "?from=2026-06-01&to=2026-06-30")));
        Assert.Equal(5, inJune.GetProperty("responses").GetInt32());
        Assert.Equal(3.0, inJune.GetProperty("questions")[0].GetProperty("average").GetDouble(), 6);
        Assert.DoesNotContain("Juli", inJune.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
        var fromJuly = await JsonOf(await client.GetAsync(Url(company.Id, "?from=2026-07-01")));
        Assert.Equal(1, fromJuly.GetProperty("responses").GetInt32());
        Assert.True(fromJuly.GetProperty("suppressed").GetBoolean());

        using var reversed = await client.GetAsync(Url(company.Id, "?from=2026-07-01&to=2026-06-01"));
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.True((await JsonOf(reversed)).GetProperty("errors").TryGetProperty("to", out _));
        using var malformed = await client.GetAsync(Url(company.Id, "?from=juni"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("from", await malformed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_the_companys_own_trainers_and_coordinators_see_its_results()
    {
        var company = Company();
        var other = Company();
        await fixture.AddAsync(company, other, Survey(SurveyRespondent.Student, Guid.NewGuid(), company.Id).Answered(Enumerable.Repeat(4, 10).ToArray()));

        Assert.Equal(HttpStatusCode.OK, (await AsCoordinator().GetAsync(Url(company.Id))).StatusCode);
        var ownTrainer = fixture.CreateClient(TrainerToken(fixture.Audience, RandomEmail(), other.Id, company.Id));
        Assert.Equal(HttpStatusCode.OK, (await ownTrainer.GetAsync(Url(company.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company.Id)).GetAsync(Url(company.Id))).StatusCode);

        string[] refused =
        [
            TestTokens.Trainer(fixture.Audience, other.Id),
            TestTokens.Mentor(fixture.Audience, Guid.NewGuid()),
            TestTokens.Teacher(fixture.Audience, Guid.NewGuid()),
            TestTokens.Student(fixture.Audience, Guid.NewGuid()),
            TestTokens.Care(fixture.Audience, Guid.NewGuid()),
            TestTokens.Operator(fixture.Audience),
        ];
        foreach (var token in refused)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(token).GetAsync(Url(company.Id))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await AsCoordinator().GetAsync(Url(Guid.NewGuid()))).StatusCode);
    }
}
