using System.Net;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>In Development, scripts and end-to-end tests get a demo user's token with one POST (the dev-tokens client).</summary>
public sealed class DevelopmentTokenTests(DevelopmentTokenTests.DevelopmentFixture fixture) : IClassFixture<DevelopmentTokenTests.DevelopmentFixture>
{
    private readonly OidcClient _oidc = fixture.Oidc();

    [Theory]
    [InlineData("coordinator@demo.partnershiphub.nl", Roles.Coordinator, ClaimNames.StaffId, "5eed0000-0000-0000-0000-00000000a201")]
    [InlineData("trainer@demo.partnershiphub.nl", Roles.Trainer, ClaimNames.CompanyId, "5eed0000-0000-0000-0000-000000000c01")]
    [InlineData("student@demo.partnershiphub.nl", Roles.Student, ClaimNames.StudentId, "5eed0000-0000-0000-0000-00000000b001")]
    public async Task Demo_user_gets_a_token_through_the_dev_tokens_client(string email, string role, string idClaim, string id)
    {
        var tokens = await DevTokenAsync(email, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Contains(tokens.Jwt.Claims, c => c.Type == ClaimNames.Role && c.Value == role);
        Assert.Equal(id, tokens.Jwt.Claims.Single(c => c.Type == idClaim).Value);
        Assert.Contains("students-api", tokens.Jwt.Audiences);
    }

    [Fact]
    public async Task Wrong_password_gets_no_token()
    {
        var tokens = await DevTokenAsync("mentor@demo.partnershiphub.nl", "not-the-password");

        Assert.Equal(HttpStatusCode.BadRequest, tokens.Status);
        Assert.Equal("invalid_grant", tokens.Error);
    }

    private Task<TokenResponse> DevTokenAsync(string email, string password) => _oidc.TokenAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["client_id"] = "dev-tokens",
        ["username"] = email,
        ["password"] = password,
        ["scope"] = "openid profile roles students companies internships guidance identity",
    });

    public sealed class DevelopmentFixture : IdentityFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["environment"] = "Development";
            // Demo users only when asked for, and only in Development (as the AppHost does).
            settings["Seed:Demo"] = "true";
        }
    }
}
