using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipHub.Portal.Api;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>
/// What a browser gets for a page that does not exist or is not for the user's role: an HTML page in the user's
/// language with a way on, with the real status code; never ProblemDetails JSON, never a redirect to a missing page.
/// </summary>
public sealed class ErrorPageTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _portal = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Identity:Authority", "http://127.0.0.1:1");
    });

    public void Dispose() => _portal.Dispose();

    [Theory]
    [InlineData(null, "lang=\"nl\"", "Pagina niet gevonden", "Naar de startpagina")]
    [InlineData("en", "lang=\"en\"", "Page not found", "Go to the start page")]
    public async Task An_unknown_page_answers_404_with_a_page_in_the_users_language_and_a_link_home(string? culture, string lang, string title, string home)
    {
        var response = await GetAsync("/bestaat-niet/123", Roles.Trainer, culture);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(lang, page);
        Assert.Contains(title, page);
        Assert.Contains(home, page);
        Assert.Matches("<a[^>]*href=\"/\"", page);
        Assert.DoesNotContain("\"status\":404", page);
    }

    [Theory]
    [InlineData(null, "Geen toegang", "Afmelden en opnieuw inloggen")]
    [InlineData("en", "No access", "Sign out and sign in again")]
    public async Task A_page_for_another_role_answers_403_with_an_access_denied_page_not_a_redirect(string? culture, string title, string signInAgain)
    {
        var response = await GetAsync("/mentor", Roles.Trainer, culture);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(title, page);
        Assert.Contains(signInAgain, page);
        Assert.Matches("<a[^>]*href=\"/\"", page);
        Assert.DoesNotContain("AccessDenied", page);
    }

    [Fact]
    public async Task The_error_page_offers_the_other_language_for_the_same_address()
    {
        var page = await (await GetAsync("/bestaat-niet", Roles.Mentor, culture: null)).Content.ReadAsStringAsync();

        Assert.Contains("/culture/set?culture=en&amp;redirectUri=%2Fbestaat-niet", page);
    }

    [Theory]
    [InlineData(null, "De verbinding met de server is weg. Opnieuw verbinden", "Volgende poging over ")]
    [InlineData("en", "The connection to the server was lost. Reconnecting", "Next attempt in ")]
    public async Task Every_page_carries_the_reconnect_box_in_the_users_language(string? culture, string reconnecting, string countdown)
    {
        var response = await GetAsync("/", Roles.Mentor, culture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"components-reconnect-modal\"", page);
        Assert.Contains(reconnecting, page);
        Assert.Contains(countdown + "<span id=\"components-seconds-to-next-attempt\"></span>", page);
        Assert.DoesNotContain("Rejoin", page);
    }

    [Theory]
    [InlineData(null, "lang=\"nl\"", "Er ging iets mis")]
    [InlineData("en", "lang=\"en\"", "Something went wrong")]
    public async Task A_download_that_fails_answers_500_with_a_page_in_the_users_language_not_json(string? culture, string lang, string title)
    {
        using var failing = _portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddTransient<GuidanceApi>(_ => throw new InvalidOperationException("A fault injected by the test."))));

        // Pages render in the circuit; a download is a plain request a browser navigates to.
        var response = await GetAsync(failing, $"/students/{Guid.NewGuid()}/growth.pdf", Roles.Mentor, culture);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(lang, page);
        Assert.Contains(title, page);
        Assert.Matches("<a[^>]*href=\"/\"", page);
        Assert.DoesNotContain("injected", page);
        Assert.DoesNotContain("\"status\":500", page);
    }

    [Fact]
    public async Task A_client_that_does_not_ask_for_html_still_gets_problem_details()
    {
        var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/bestaat-niet");
        request.Headers.Add("Accept", "application/json");
        request.Headers.Add("Cookie", $"ph.portal={SignInCookie(Roles.Mentor)}");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<HttpResponseMessage> GetAsync(string path, string role, string? culture) => GetAsync(_portal, path, role, culture);

    private async Task<HttpResponseMessage> GetAsync(WebApplicationFactory<Program> portal, string path, string role, string? culture)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var cookies = $"ph.portal={SignInCookie(role)}";
        if (culture is not null)
        {
            cookies += $"; .AspNetCore.Culture={Uri.EscapeDataString($"c={culture}|uic={culture}")}";
        }

        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request);
    }

    /// <summary>The portal's own sign-in cookie for a user with <paramref name="role"/>, its access token valid for an hour.</summary>
    private string SignInCookie(string role)
    {
        var options = _portal.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimNames.Subject, Guid.NewGuid().ToString()), new Claim(ClaimNames.Name, "Tess Tester"), new Claim(ClaimNames.Role, role)],
            "test", ClaimNames.Name, ClaimNames.Role);
        var properties = new AuthenticationProperties();
        properties.StoreTokens(
        [
            new AuthenticationToken { Name = "access_token", Value = "test-token" },
            new AuthenticationToken { Name = "expires_at", Value = DateTimeOffset.UtcNow.AddHours(1).ToString("o", System.Globalization.CultureInfo.InvariantCulture) },
        ]);
        return options.TicketDataFormat.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
