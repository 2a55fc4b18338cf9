using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
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
        // What an OAuth client reads, and when to come back.
        Assert.Equal("temporarily_unavailable", problem.Extensions["error"]?.ToString());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
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

    [Fact]
    public async Task Rejected_sign_in_answers_a_dutch_page_saying_when_to_retry_with_retry_after()
    {
        HttpContext? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await PostLoginFromAsync("203.0.113.40", forwardedFor: null);
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, last!.Response.StatusCode);
        Assert.StartsWith("text/html", last.Response.ContentType, StringComparison.Ordinal);
        var seconds = int.Parse(last.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 3600);
        var page = await new StreamReader(last.Response.Body).ReadToEndAsync();
        Assert.Contains($"Probeer het over {(int)Math.Ceiling(seconds / 60.0)} minuten opnieuw.", page);
        Assert.Contains("Opnieuw inloggen", page);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_budget()
    {
        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await PostLoginFromAsync(TrustedProxy, "198.51.100.7")).Response.StatusCode);
        }

        Assert.Equal([false, false, false, true], statuses.Select(s => s == StatusCodes.Status429TooManyRequests));
        // Another person behind the same proxy is not held up ...
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, (await PostLoginFromAsync(TrustedProxy, "198.51.100.8")).Response.StatusCode);
        // ... and the same person through another trusted proxy (a trusted network) is still the same client.
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await PostLoginFromAsync("10.1.2.3", "198.51.100.7")).Response.StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.50")]
    // ASP.NET Core trusts loopback by default; here only what is configured counts.
    [InlineData("127.0.0.1")]
    public async Task A_forwarded_header_from_an_untrusted_address_is_ignored(string peer)
    {
        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            // A new made-up client each time: were the header believed, none would reach the limit.
            statuses.Add((await PostLoginFromAsync(peer, $"192.0.2.{i + 1}")).Response.StatusCode);
        }

        Assert.Equal([false, false, false, true], statuses.Select(s => s == StatusCodes.Status429TooManyRequests));
    }

    private const string TrustedProxy = "10.0.0.5";

    /// <summary>A form post as it arrives over a connection from <paramref name="peer"/> (what the TCP connection says).</summary>
    private Task<HttpContext> PostLoginFromAsync(string peer, string? forwardedFor) =>
        fixture.Factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/account/login";
            context.Request.ContentType = "application/x-www-form-urlencoded";
            context.Request.Body = new MemoryStream("email=nobody%40test.partnershiphub.nl&password=x"u8.ToArray());
            context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            if (forwardedFor is not null)
            {
                context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });

    public sealed class LowLimitFixture : IdentityFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["RateLimiting:SignIn:PermitLimit"] = "3";
            settings["RateLimiting:SignIn:Window"] = "01:00:00";
            settings["RateLimiting:Token:PermitLimit"] = "3";
            settings["RateLimiting:Token:Window"] = "01:00:00";
            settings["ReverseProxy:TrustedProxies:0"] = TrustedProxy;
            settings["ReverseProxy:TrustedNetworks:0"] = "10.1.0.0/16";
        }
    }
}
