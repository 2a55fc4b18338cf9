using System.Text.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Auth;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class ProblemTests : PortalTestContext
{
    [Fact]
    public void Validation_problem_details_keep_the_errors_per_field()
    {
        using var json = JsonDocument.Parse("""
            {"title":"One or more validation errors occurred.","status":400,
             "errors":{"ratings[2].observation":["An observation is required."],"periodId":["Required."]}}
            """);

        var problem = ApiClient.FromJson(400, json.RootElement);

        Assert.Equal(["Required."], problem.ErrorsFor("PeriodId"));
        Assert.Equal(["An observation is required."], problem.ErrorsFor("ratings[2].observation"));
        Assert.Empty(problem.ErrorsFor("crebo"));
    }

    [Theory]
    [InlineData(0, "niet bereikbaar")]
    [InlineData(400, "gemarkeerde velden")]
    [InlineData(403, "niet zien of doen")]
    [InlineData(409, "net veranderd")]
    [InlineData(500, "aan onze kant")]
    public void Every_failure_becomes_a_dutch_sentence_without_technical_detail(int status, string expected)
    {
        var alert = Render<ProblemAlert>(p => p.Add(c => c.Problem, new ApiProblem(status, "Internal", "at Foo.Bar() in X.cs:line 3", null, new Dictionary<string, string[]>())));

        Assert.Contains(expected, alert.Markup);
        Assert.DoesNotContain("Foo.Bar", alert.Markup);
    }

    [Fact]
    public void A_known_conflict_rule_gets_its_own_sentence()
    {
        var sentences = Services.GetRequiredService<ProblemSentences>();

        var sentence = sentences.Sentence(new ApiProblem(409, null, null, "concurrent-change", new Dictionary<string, string[]>()));

        Assert.StartsWith("Iemand anders heeft dit net veranderd. Laad", sentence);
    }

    [Fact]
    public void No_problem_shows_nothing()
    {
        var alert = Render<ProblemAlert>();

        Assert.Empty(alert.Markup.Trim());
    }

    [Fact]
    public void The_ids_the_portal_needs_are_read_from_the_access_token()
    {
        static string Part(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var jwt = $"{Part("{\"alg\":\"none\"}")}.{Part("{\"sub\":\"u1\",\"company_id\":[\"c1\",\"c2\"],\"staff_id\":\"s1\"}")}.sig";

        var claims = AccessTokenClaims.Read(jwt).Select(c => $"{c.Type}={c.Value}").ToList();

        Assert.Equal(["staff_id=s1", "company_id=c1", "company_id=c2"], claims);
    }
}
