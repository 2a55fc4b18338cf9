using System.Net;
using Microsoft.AspNetCore.Http;
using PartnershipHub.Identity.Tests.Infrastructure;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>Past the sign-in limit a person gets a page in their own language with a way on, never English JSON.</summary>
public sealed class SignInLimitPageTests(SignInLimitPageTests.LowLimitFixture fixture) : IClassFixture<SignInLimitPageTests.LowLimitFixture>
{
    [Fact]
    public async Task Past_the_limit_a_Dutch_visitor_gets_a_Dutch_page_with_a_link_to_sign_in_again()
    {
        var page = await PageAfterTooManyAttemptsAsync("203.0.113.71", cultureCookie: null);

        Assert.Contains("<html lang=\"nl\">", page);
        Assert.Contains("Er zijn te veel pogingen gedaan om in te loggen.", page);
        Assert.Contains("Opnieuw inloggen</a>", page);
        Assert.Contains("href=\"http://127.0.0.1:5100/\"", page);
        Assert.DoesNotContain("Try again", page);
        Assert.DoesNotContain("\"status\"", page);
    }

    [Fact]
    public async Task Past_the_limit_someone_who_chose_English_in_the_portal_gets_an_English_page()
    {
        var page = await PageAfterTooManyAttemptsAsync("203.0.113.72", cultureCookie: "c=en|uic=en");

        Assert.Contains("<html lang=\"en\">", page);
        Assert.Contains("There were too many attempts to sign in. Try again in", page);
        Assert.Contains("Sign in again</a>", page);
        Assert.DoesNotContain("Probeer het", page);
    }

    private async Task<string> PageAfterTooManyAttemptsAsync(string peer, string? cultureCookie)
    {
        HttpContext? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await fixture.Factory.Server.SendAsync(context =>
            {
                context.Request.Method = HttpMethods.Post;
                context.Request.Path = "/account/login";
                context.Request.ContentType = "application/x-www-form-urlencoded";
                context.Request.Body = new MemoryStream("email=nobody%40test.partnershiphub.nl&password=x"u8.ToArray());
                context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
                if (cultureCookie is not null)
                {
                    context.Request.Headers.Cookie = $".AspNetCore.Culture={Uri.EscapeDataString(cultureCookie)}";
                }
            });
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, last!.Response.StatusCode);
        Assert.StartsWith("text/html", last.Response.ContentType, StringComparison.Ordinal);
        return await new StreamReader(last.Response.Body).ReadToEndAsync();
    }

    public sealed class LowLimitFixture : IdentityFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["RateLimiting:SignIn:PermitLimit"] = "2";
            settings["RateLimiting:SignIn:Window"] = "01:00:00";
        }
    }
}
