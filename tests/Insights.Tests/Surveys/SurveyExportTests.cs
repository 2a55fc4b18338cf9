using System.Net;
using System.Text.Json;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Testing;
using static PartnershipHub.Insights.Tests.Surveys.SurveyData;

namespace PartnershipHub.Insights.Tests.Surveys;

/// <summary>The student's right of access, Insights' part: their own surveys with their answers, for the people every service allows.</summary>
public sealed class SurveyExportTests(InsightsApiFixture fixture) : IClassFixture<InsightsApiFixture>
{
    private static string Url(Guid student) => $"/api/students/{student}/export";

    [Fact]
    public async Task The_export_holds_the_students_own_surveys_with_their_answers_and_nothing_of_others()
    {
        var mentor = Guid.NewGuid();
        var student = Student(mentor);
        var company = Company("Garage Jansen");
        var answered = Survey(SurveyRespondent.Student, student.Id, company.Id, crebo: student.Crebo, endedOn: SurveyData.Today.AddDays(-100))
            .Answered([5, 4, 3, 2, 1, 1, 2, 3, 4, 5], "Veel geleerd.");
        var open = Survey(SurveyRespondent.Student, student.Id, company.Id, crebo: student.Crebo);
        var trainers = Survey(SurveyRespondent.Trainer, student.Id, company.Id, Guid.NewGuid(), placementId: open.PlacementId)
            .Answered(Enumerable.Repeat(2, 10).ToArray(), "De trainer schreef dit.");
        var classmates = Survey(SurveyRespondent.Student, Guid.NewGuid(), company.Id).Answered(Enumerable.Repeat(1, 10).ToArray(), "Van een ander.");
        await fixture.AddAsync(student, company, answered, open, trainers, classmates);

        using var response = await fixture.CreateClient(TestTokens.Student(fixture.Audience, student.Id)).GetAsync(Url(student.Id));
        var raw = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, raw);
        var export = JsonDocument.Parse(raw).RootElement;
        Assert.Equal("insights", export.GetProperty("service").GetString());
        Assert.Equal(student.Id, export.GetProperty("student").GetProperty("id").GetGuid());
        Assert.Equal(student.Crebo, export.GetProperty("student").GetProperty("crebo").GetString());

        var surveys = export.GetProperty("surveys").EnumerateArray().ToList();
        Assert.Equal([answered.Id, open.Id], surveys.Select(s => s.GetProperty("surveyId").GetGuid()));
        Assert.Equal("Garage Jansen", surveys[0].GetProperty("companyName").GetString());
        var scores = surveys[0].GetProperty("scores").Deserialize<Dictionary<string, int>>()!;
        Assert.Equal(SurveyQuestions.Student.Select((key, i) => (key, answered.Scores![i])).ToDictionary(p => p.key, p => p.Item2), scores);
        Assert.Equal("Veel geleerd.", surveys[0].GetProperty("comment").GetString());
        Assert.Equal(JsonValueKind.Null, surveys[1].GetProperty("scores").ValueKind);
        Assert.DoesNotContain("De trainer schreef dit.", raw);
        Assert.DoesNotContain("Van een ander.", raw);
    }

    [Fact]
    public async Task Only_the_student_their_mentor_care_and_coordinators_may_export()
    {
        var mentor = Guid.NewGuid();
        var student = Student(mentor);
        var company = Company();
        await fixture.AddAsync(student, company, Survey(SurveyRespondent.Student, student.Id, company.Id).Answered(Enumerable.Repeat(3, 10).ToArray()));

        string[] allowed =
        [
            TestTokens.Student(fixture.Audience, student.Id),
            TestTokens.Mentor(fixture.Audience, mentor),
            TestTokens.Care(fixture.Audience, Guid.NewGuid()),
            TestTokens.Coordinator(fixture.Audience),
        ];
        foreach (var token in allowed)
        {
            using var response = await fixture.CreateClient(token).GetAsync(Url(student.Id));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Single((await JsonOf(response)).GetProperty("surveys").EnumerateArray());
        }

        string[] refused =
        [
            TestTokens.Student(fixture.Audience, Guid.NewGuid()),
            TestTokens.Mentor(fixture.Audience, Guid.NewGuid()),
            TestTokens.Teacher(fixture.Audience, Guid.NewGuid()),
            TestTokens.Operator(fixture.Audience),
            TestTokens.Trainer(fixture.Audience, company.Id),
        ];
        foreach (var token in refused)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(token).GetAsync(Url(student.Id))).StatusCode);
        }
    }

    [Fact]
    public async Task A_student_insights_knows_nothing_about_is_not_found_and_surveys_alone_are_enough()
    {
        var coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(Url(Guid.NewGuid()))).StatusCode);

        // The placement's end was heard before the enrolment: the survey is theirs all the same.
        var studentId = Guid.NewGuid();
        var survey = Survey(SurveyRespondent.Student, studentId, Guid.NewGuid());
        await fixture.AddAsync(survey);
        var export = await JsonOf(await fixture.CreateClient(TestTokens.Student(fixture.Audience, studentId)).GetAsync(Url(studentId)));
        Assert.Equal(JsonValueKind.Null, export.GetProperty("student").ValueKind);
        Assert.Equal(survey.Id, Assert.Single(export.GetProperty("surveys").EnumerateArray()).GetProperty("surveyId").GetGuid());
    }
}
