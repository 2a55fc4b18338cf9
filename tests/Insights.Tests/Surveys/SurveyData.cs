using System.Net.Http.Json;
using System.Text.Json;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Features.Surveys;
using PartnershipHub.Insights.Security;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.ServiceDefaults.Validation;
using PartnershipHub.Testing;

namespace PartnershipHub.Insights.Tests.Surveys;

/// <summary>Surveys, trainers, companies and periods arranged straight in the read model (as the projections would leave them).</summary>
internal static class SurveyData
{
    public static readonly JsonSerializerOptions Json = WireFormat.Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>The school's day today, as the service counts it.</summary>
    public static DateOnly Today => SurveyCalendar.DayOf(DateTimeOffset.UtcNow);

    public static string TrainerToken(string audience, string email, params Guid[] companyIds) =>
        TestTokens.For(audience, Roles.Trainer, [(CurrentTrainers.EmailClaim, email), .. companyIds.Select(id => (ClaimNames.CompanyId, id.ToString()))]);

    public static string RandomCrebo() => Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string RandomEmail(string domain = "bakkerij.test") => $"{Guid.NewGuid():N}@{domain}";

    public static CompanyFact Company(string? name = null) =>
        new() { Id = Guid.NewGuid(), Name = name ?? $"Bakkerij {Guid.NewGuid():N}"[..20], Active = true, Version = 1 };

    public static TrainerFact Trainer(Guid companyId, string email, bool active = true) =>
        new() { Id = Guid.NewGuid(), CompanyId = companyId, Email = email, Active = active, Version = 1 };

    public static PeriodFact Period(string name, DateOnly start) =>
        new() { Id = Guid.NewGuid(), Name = name, Start = start, End = start.AddMonths(5) };

    public static StudentFact Student(Guid? mentorStaffId = null, string? crebo = null) => new()
    {
        Id = Guid.NewGuid(),
        Crebo = crebo ?? RandomCrebo(),
        QualificationName = "Medewerker bakkerij",
        Level = 2,
        FirstLevel = 2,
        Route = LearningRoute.Bbl,
        Cohort = "2025",
        EnrolmentStart = new DateOnly(2025, 8, 25),
        ExpectedEnd = new DateOnly(2027, 7, 15),
        Status = StudentStatus.Active,
        MentorStaffId = mentorStaffId,
        Version = 1,
    };

    /// <summary>An open survey (closes in <paramref name="closesInDays"/> days) for the placement's student or trainer.</summary>
    public static Survey Survey(
        SurveyRespondent respondent, Guid? studentId, Guid companyId, Guid? trainerId = null, string? crebo = null,
        Guid? periodId = null, DateOnly? endedOn = null, int closesInDays = 30, Guid? placementId = null)
    {
        var ended = endedOn ?? Today.AddDays(closesInDays - 42);
        return new Survey
        {
            Id = Guid.NewGuid(),
            PlacementId = placementId ?? Guid.NewGuid(),
            StudentId = studentId,
            CompanyId = companyId,
            TrainerId = respondent == SurveyRespondent.Trainer ? trainerId : null,
            Respondent = respondent,
            Crebo = crebo ?? RandomCrebo(),
            PeriodId = periodId ?? Guid.NewGuid(),
            PlacementEndedOn = ended,
            OpenedAt = DateTimeOffset.UtcNow.AddDays(-1),
            ClosesOn = endedOn is null ? Today.AddDays(closesInDays) : ended.AddDays(42),
        };
    }

    /// <summary>The survey, already answered with these scores and comment.</summary>
    public static Survey Answered(this Survey survey, int[] scores, string? comment = null)
    {
        survey.AnsweredAt = DateTimeOffset.UtcNow.AddHours(-2);
        survey.Scores = scores;
        survey.Comment = comment;
        return survey;
    }

    /// <summary>A score for every question of the respondent's survey (each one the same unless <paramref name="pick"/> says otherwise).</summary>
    public static Dictionary<string, int> Scores(SurveyRespondent respondent, Func<int, int>? pick = null) =>
        SurveyQuestions.For(respondent).Select((key, i) => (key, score: pick?.Invoke(i) ?? 4)).ToDictionary(p => p.key, p => p.score);

    public static async Task AddAsync(this InsightsApiFixture fixture, params object[] rows) =>
        await fixture.InDatabaseAsync(async db =>
        {
            db.AddRange(rows);
            return await db.SaveChangesAsync();
        });

    public static Task<HttpResponseMessage> AnswerAsync(this HttpClient client, Guid surveyId, object body) =>
        client.PostAsJsonAsync($"/api/insights/surveys/{surveyId}/answers", body, Json);

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
