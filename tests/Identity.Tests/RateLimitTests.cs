using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using PartnershipHub.Identity.Tests.Infrastructure;
using Xunit;

namespace PartnershipHub.Identity.Tests;

public sealed class RateLimitTests(RateLimitTests.LowLimitFixture fixture) : IClassFixture<RateLimitTests.LowLimitFixture>
{
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Token_endpoint_answers_429_with_problem_details_past_the_limit()
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await _oidc.ClientCredentialsAsync()).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        var response = await _oidc.Api().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }));
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(429, problem!.Status);
    }

    [Fact]
    public async Task Sign_in_form_answers_429_past_the_limit()
    {
        var browser = _oidc.Browser();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await _oidc.PostLoginAsync(browser, "nobody@test.partnershiphub.nl", "Wrong!2026password")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    public sealed class LowLimitFixture : IdentityFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["RateLimiting:SignIn:PermitLimit"] = "3";
            settings["RateLimiting:SignIn:Window"] = "01:00:00";
            settings["RateLimiting:Token:PermitLimit"] = "3";
            settings["RateLimiting:Token:Window"] = "01:00:00";
        }
    }
}
