using System.Net;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>The tight budget is per account: one person's guesses stop, the rest of the school (same address) signs in.</summary>
public sealed class AccountAttemptLimitTests(AccountAttemptLimitTests.AccountLimitFixture fixture) : IClassFixture<AccountAttemptLimitTests.AccountLimitFixture>
{
    private const string Password = "Right!2026password";

    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Password_sign_in_stops_after_the_accounts_budget_while_others_on_the_same_address_go_on()
    {
        var target = await _oidc.CreateUserAsync(Password, [Roles.Mentor]);
        var colleague = await _oidc.CreateUserAsync(Password, [Roles.Mentor]);
        var browser = _oidc.Browser();

        for (var i = 0; i < AccountLimitFixture.Attempts; i++)
        {
            // Letter case and spaces name the same account.
            var email = i % 2 == 0 ? target.Email! : $" {target.Email!.ToUpperInvariant()} ";
            Assert.Equal(HttpStatusCode.OK, (await _oidc.PostLoginAsync(browser, email, "Wrong!2026password")).StatusCode);
        }

        var refused = await _oidc.PostLoginAsync(browser, target.Email!, Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Probeer het over", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await _oidc.PostLoginAsync(_oidc.Browser(), colleague.Email!, Password)).StatusCode);
    }

    [Fact]
    public async Task Unknown_addresses_are_limited_like_known_ones()
    {
        var unknown = $"nobody-{Guid.NewGuid():N}@test.partnershiphub.nl";
        var browser = _oidc.Browser();
        for (var i = 0; i < AccountLimitFixture.Attempts; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _oidc.PostLoginAsync(browser, unknown, "Wrong!2026password")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await _oidc.PostLoginAsync(browser, unknown, "Wrong!2026password")).StatusCode);
    }

    public sealed class AccountLimitFixture : IdentityFixture
    {
        public const int Attempts = 4;

        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["RateLimiting:Account:PermitLimit"] = Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["RateLimiting:Account:Window"] = "01:00:00";
        }
    }
}
