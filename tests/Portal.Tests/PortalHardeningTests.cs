using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipHub.Portal.Extensions;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The portal host as it runs outside Development: headers, cookie flags and the language switch's redirect.</summary>
public sealed class PortalHardeningTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _production = Portal("Production");

    public void Dispose() => _production.Dispose();

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task The_language_switch_never_redirects_to_another_host(string redirectUri)
    {
        var response = await Client().GetAsync($"/culture/set?culture=en&redirectUri={Uri.EscapeDataString(redirectUri)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_language_switch_returns_to_a_local_page()
    {
        var response = await Client().GetAsync("/culture/set?culture=en&redirectUri=%2Fmentor%2Fcaseload%3Fq%3D1");

        Assert.Equal("/mentor/caseload?q=1", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("%2F%00evil")]
    public async Task A_control_character_in_the_redirect_goes_home_not_a_500(string redirectUri)
    {
        var response = await Client().GetAsync($"/culture/set?culture=en&redirectUri={redirectUri}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Pages_carry_a_script_policy_nosniff_a_referrer_policy_and_no_framing()
    {
        var response = await Client().GetAsync("/culture/set?culture=nl-NL");
        var headers = response.Headers;

        Assert.Contains("script-src 'self'", Assert.Single(headers.GetValues("Content-Security-Policy")));
        Assert.DoesNotContain("unsafe-eval", headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", Assert.Single(headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Https_answers_carry_HSTS_outside_Development()
    {
        var client = _production.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://portal.example"),
        });

        var response = await client.GetAsync("/culture/set?culture=nl-NL");

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void Sign_in_cookies_are_https_only_outside_Development_and_follow_the_request_in_it()
    {
        using var development = Portal("Development");

        Assert.Equal(CookieSecurePolicy.Always, CookiePolicy(_production));
        Assert.Equal(CookieSecurePolicy.Always, OidcOptions(_production).CorrelationCookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, OidcOptions(_production).NonceCookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.SameAsRequest, CookiePolicy(development));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/student/hours", true)]
    [InlineData("//evil", false)]
    [InlineData("/\\evil", false)]
    [InlineData("/a\tb", false)]
    [InlineData("evil", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_paths_on_this_site_count_as_local(string? uri, bool local) => Assert.Equal(local, PortalEndpoints.IsLocalPath(uri));

    private HttpClient Client() => _production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static CookieSecurePolicy CookiePolicy(WebApplicationFactory<Program> portal) =>
        portal.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme).Cookie.SecurePolicy;

    private static OpenIdConnectOptions OidcOptions(WebApplicationFactory<Program> portal) =>
        portal.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);

    private static WebApplicationFactory<Program> Portal(string environment) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Identity:Authority", "http://127.0.0.1:1");
        });
}
