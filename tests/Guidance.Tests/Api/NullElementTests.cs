using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>A <c>null</c> in any list of any Guidance request is a 400 naming the element, never a 500, and nothing is stored.</summary>
public sealed class NullElementTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private const string Descriptors = """{"needsAttention":"a","developing":"b","competent":"c","strong":"d"}""";
    private const string Rating = """{"criterionKey":"punctuality","level":"competent"}""";

    private readonly Guid _mentor = Guid.NewGuid();

    private sealed record Arranged(StudentCopy Student, Guid DraftId, Guid ReviewId);

    private async Task<Arranged> ArrangeAsync()
    {
        var student = TestData.Student(_mentor);
        await fixture.RunAsync(db => { db.Students.Add(student); return db.SaveChangesAsync(); });
        var mentor = fixture.Mentor(_mentor);
        var plan = new SavePlanRequest(null, [new PlanGoal(Guid.Empty, "Op tijd", "punctuality", null, true, GoalStatus.Open, null)], [], 6, null);
        await (await mentor.PutJsonAsync($"/api/students/{student.Id}/plan", plan)).AssertStatusAsync(HttpStatusCode.OK);
        var review = await (await mentor.PostJsonAsync($"/api/students/{student.Id}/reviews", new ScheduleReviewRequest(DateTimeOffset.UtcNow.AddDays(3), null))).ReadAsync<ReviewResponse>(HttpStatusCode.Created);
        var draft = await mentor.StartAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        return new Arranged(student, draft.AssessmentId, review.ReviewId);
    }

    /// <summary>Everything a refused request could have written, as one comparable text.</summary>
    private Task<string> StateAsync(Guid studentId) => fixture.InDatabaseAsync(async db =>
        string.Join("|",
            await db.Database.SqlQueryRaw<string>("SELECT coalesce(json_agg(a ORDER BY id)::text, '') AS \"Value\" FROM assessments a WHERE student_id = {0}", studentId).SingleAsync(),
            await db.Database.SqlQueryRaw<string>("SELECT coalesce(json_agg(p)::text, '') AS \"Value\" FROM plans p WHERE student_id = {0}", studentId).SingleAsync(),
            await db.Database.SqlQueryRaw<string>("SELECT coalesce(json_agg(r ORDER BY id)::text, '') AS \"Value\" FROM reviews r WHERE student_id = {0}", studentId).SingleAsync(),
            await db.Frameworks.CountAsync()));

    public static TheoryData<string, string, string, string> Requests() => new()
    {
        { "POST", "/api/frameworks", """{"key":"nulls","name":"N","criteria":[null]}""", "criteria[0]" },
        { "POST", "/api/frameworks", $$"""{"key":"nulls","name":"N","crebos":["25258",null],"criteria":[{"key":"a","name":"A","description":"d","descriptors":{{Descriptors}}}]}""", "crebos[1]" },
        { "POST", "/api/frameworks", """{"key":"nulls","name":"N","criteria":[{"key":"a","name":"A","description":"d","descriptors":null}]}""", "criteria[0].descriptors" },
        { "POST", "/api/frameworks", """{"key":"nulls","name":"N","criteria":[{"key":"a","name":"A","description":"d","descriptors":{"needsAttention":null,"developing":"b","competent":"c","strong":"d"}}]}""", "criteria[0].descriptors" },
        { "POST", "/api/students/{student}/assessments", $$"""{"role":"mentor","kind":"formative","ratings":[{{Rating}},null]}""", "ratings[1]" },
        { "POST", "/api/students/{student}/assessments", """{"role":"mentor","kind":"formative","feedForward":[null]}""", "feedForward[0]" },
        { "PUT", "/api/assessments/{draft}", """{"ratings":[null]}""", "ratings[0]" },
        { "PUT", "/api/assessments/{draft}", $$"""{"ratings":[{{Rating}}],"feedForward":[{"text":"Plannen","byStudent":false},null]}""", "feedForward[1]" },
        { "PUT", "/api/students/{student}/plan", """{"reviewEveryWeeks":6,"goals":[null]}""", "goals[0]" },
        { "PUT", "/api/students/{student}/plan", """{"reviewEveryWeeks":6,"agreements":[null]}""", "agreements[0]" },
        { "POST", "/api/students/{student}/reviews", """{"scheduledAt":"2026-12-20T10:00:00Z","participants":["student","mentor",null]}""", "participants[2]" },
        { "POST", "/api/reviews/{review}/hold", """{"discussion":"Besproken","goalOutcomes":[null]}""", "goalOutcomes[0]" },
        { "POST", "/api/reviews/{review}/hold", """{"discussion":"Besproken","newAgreements":[null]}""", "newAgreements[0]" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_null_element_is_a_400_naming_it_and_nothing_is_stored(string method, string url, string body, string field)
    {
        var arranged = await ArrangeAsync();
        var before = await StateAsync(arranged.Student.Id);
        var client = url.StartsWith("/api/frameworks", StringComparison.Ordinal) ? fixture.Coordinator() : fixture.Mentor(_mentor);
        var request = new HttpRequestMessage(new HttpMethod(method), url
            .Replace("{student}", arranged.Student.Id.ToString(), StringComparison.Ordinal)
            .Replace("{draft}", arranged.DraftId.ToString(), StringComparison.Ordinal)
            .Replace("{review}", arranged.ReviewId.ToString(), StringComparison.Ordinal))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        await (await client.SendAsync(request)).AssertFieldErrorAsync(field);
        Assert.Equal(before, await StateAsync(arranged.Student.Id));
    }
}
