using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.Identity.Features.Users;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

public sealed class AuthorizationCodeFlowTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Code_and_pkce_flow_gives_a_token_that_calls_the_admin_api()
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);

        Assert.NotNull(tokens.RefreshToken);
        Assert.NotNull(tokens.IdToken);
        var users = await _oidc.Api(tokens.AccessToken).GetFromJsonAsync<UserPage>("/api/users");
        Assert.NotNull(users);
        Assert.NotEmpty(users.Items);
    }

    [Fact]
    public async Task Access_token_is_a_plain_signed_jwt_with_the_claims_and_audiences_the_apis_check()
    {
        var staffId = Guid.NewGuid();
        var (user, tokens) = await _oidc.SignedInAsync(Roles.Mentor, u => u.StaffId = staffId);

        var jwt = tokens.Jwt;
        Assert.Equal("RS256", jwt.Header.Alg);
        Assert.Equal(user.Id.ToString(), jwt.Subject);
        Assert.Equal("https://localhost/", jwt.Issuer);
        Assert.Contains("identity-api", jwt.Audiences);
        Assert.Contains("students-api", jwt.Audiences);
        Assert.DoesNotContain("guidance-api", jwt.Audiences);
        Assert.Equal([Roles.Mentor], jwt.Claims.Where(c => c.Type == ClaimNames.Role).Select(c => c.Value));
        Assert.Equal(staffId.ToString(), jwt.Claims.Single(c => c.Type == ClaimNames.StaffId).Value);
        Assert.Equal(user.DisplayName, jwt.Claims.Single(c => c.Type == ClaimNames.Name).Value);
    }

    [Fact]
    public async Task Trainer_token_carries_one_company_id_per_company()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Trainer, u =>
        {
            u.LinkTrainer(Guid.NewGuid(), first, 1);
            u.LinkTrainer(Guid.NewGuid(), second, 1);
        });

        var companies = tokens.Jwt.Claims.Where(c => c.Type == ClaimNames.CompanyId).Select(c => Guid.Parse(c.Value)).ToHashSet();
        Assert.Equal(new[] { first, second }.Order(), companies.Order());
    }

    [Fact]
    public async Task Token_is_accepted_by_jwt_bearer_set_up_exactly_as_service_defaults_does()
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Coordinator);
        await using var api = await StudentsLikeApiAsync();
        var client = api.GetTestClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/students")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.AccessToken);
        var response = await client.GetAsync("/students");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Roles.Coordinator, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_for_another_api_is_refused_by_jwt_bearer()
    {
        var services = await _oidc.ClientCredentialsAsync(scope: "guidance");
        await using var api = await StudentsLikeApiAsync();
        var client = api.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", services.AccessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/students")).StatusCode);
    }

    [Fact]
    public async Task Refresh_token_gives_a_new_access_token_with_current_roles()
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);

        var refreshed = await _oidc.RefreshAsync(tokens.RefreshToken!);

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.NotEqual(tokens.AccessToken, refreshed.AccessToken);
        Assert.Contains(refreshed.Jwt.Claims, c => c.Type == ClaimNames.Role && c.Value == Roles.Operator);
        Assert.Equal(HttpStatusCode.OK, (await _oidc.Api(refreshed.AccessToken).GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task Revoked_refresh_token_no_longer_refreshes()
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);

        var revoked = await _oidc.Api().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "portal",
            ["token"] = tokens.RefreshToken!,
            ["token_type_hint"] = "refresh_token",
        }));

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("invalid_grant", (await _oidc.RefreshAsync(tokens.RefreshToken!)).Error);
    }

    [Fact]
    public async Task Authorization_request_without_pkce_is_refused()
    {
        var response = await _oidc.Browser().GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "portal",
            ["response_type"] = "code",
            ["redirect_uri"] = OidcClient.PortalRedirectUri,
            ["scope"] = "openid",
        }));

        // Refused by OpenIddict before anyone is asked to sign in.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Authorization_request_with_a_plain_pkce_challenge_is_refused()
    {
        var verifier = OidcClient.Base64Url(new byte[32]);
        var response = await _oidc.Browser().GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "portal",
            ["response_type"] = "code",
            ["redirect_uri"] = OidcClient.PortalRedirectUri,
            ["scope"] = "openid",
            ["state"] = "state-123",
            // "plain" sends the verifier itself: whoever sees the authorization request can redeem the code.
            ["code_challenge"] = verifier,
            ["code_challenge_method"] = "plain",
        }));

        // Refused by OpenIddict before anyone is asked to sign in: no sign-in page, no code.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);

        var discovery = await _oidc.Api().GetFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>("/.well-known/openid-configuration");
        Assert.Equal(["S256"], discovery!["code_challenge_methods_supported"].EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [InlineData("scope", "openid \u0000")]
    [InlineData("client_id", "portal\u0000")]
    [InlineData("redirect_uri", "http://127.0.0.1:5100/signin-oidc\u0000")]
    [InlineData("state", "state\u0000")]
    public async Task Authorization_request_with_a_NUL_character_is_a_400_not_a_500(string parameter, string value)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = "portal",
            ["response_type"] = "code",
            ["redirect_uri"] = OidcClient.PortalRedirectUri,
            ["scope"] = "openid",
            ["state"] = "state-123",
            ["code_challenge"] = OidcClient.Base64Url(new byte[32]),
            ["code_challenge_method"] = "S256",
        };
        query[parameter] = value;

        var response = await _oidc.Browser().GetAsync(QueryHelpers.AddQueryString("/connect/authorize", query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Authorization_request_with_an_unregistered_redirect_uri_is_a_400()
    {
        var response = await _oidc.Browser().GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "portal",
            ["response_type"] = "code",
            ["redirect_uri"] = "https://evil.example/callback",
            ["scope"] = "openid",
            ["code_challenge"] = OidcClient.Base64Url(new byte[32]),
            ["code_challenge_method"] = "S256",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Code_cannot_be_exchanged_without_the_verifier()
    {
        var response = await _oidc.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "portal",
            ["code"] = "not-a-code",
            ["redirect_uri"] = OidcClient.PortalRedirectUri,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.NotNull(response.Error);
    }

    [Fact]
    public async Task Services_client_gets_a_token_for_the_apis_it_asks_for()
    {
        var tokens = await _oidc.ClientCredentialsAsync(scope: "students internships");

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal("services", tokens.Jwt.Subject);
        Assert.Equal(["internships-api", "students-api"], tokens.Jwt.Audiences.Order());
        Assert.Null(tokens.RefreshToken);
    }

    [Fact]
    public async Task Services_client_with_a_wrong_secret_is_refused()
    {
        var tokens = await _oidc.ClientCredentialsAsync(secret: "wrong");

        Assert.False(tokens.Status == HttpStatusCode.OK);
        Assert.Equal("invalid_client", tokens.Error);
    }

    [Fact]
    public async Task Dev_tokens_client_does_not_exist_outside_development()
    {
        var user = await _oidc.CreateUserAsync("Test!2026password", [Roles.Operator]);

        var tokens = await _oidc.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "dev-tokens",
            ["username"] = user.Email!,
            ["password"] = "Test!2026password",
            ["scope"] = "identity",
        });

        Assert.Equal(HttpStatusCode.BadRequest, tokens.Status);
        Assert.Null(tokens.AccessToken);
    }

    [Fact]
    public async Task Discovery_names_the_issuer_and_the_jwks_publishes_the_signing_key()
    {
        var api = _oidc.Api();
        var discovery = await api.GetFromJsonAsync<Dictionary<string, object>>("/.well-known/openid-configuration");
        Assert.Equal("https://localhost/", discovery!["issuer"].ToString());
        Assert.Equal("https://localhost/connect/token", discovery["token_endpoint"].ToString());

        var jwks = await api.GetFromJsonAsync<Jwks>("/.well-known/jwks");
        var key = Assert.Single(jwks!.Keys);
        Assert.Equal("RSA", key.Kty);
    }

    /// <summary>A minimal API that authenticates exactly like every PartnershipHub service, fetching discovery and keys from Identity.</summary>
    private async Task<WebApplication> StudentsLikeApiAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Identity:Authority"] = "https://localhost/";
        builder.Configuration["Identity:Audience"] = "students-api";
        builder.AddDefaultAuthentication();
        // Configure, not PostConfigure: JwtBearer builds its backchannel client in its own post-configuration.
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
            options => options.BackchannelHttpHandler = fixture.Factory.Server.CreateHandler());
        var app = builder.Build();
        app.MapGet("/students", (HttpContext context) => context.User.FindFirst(ClaimNames.Role)!.Value).RequireAuthorization(Policies.Staff);
        await app.StartAsync();
        return app;
    }

    private sealed record Jwks(List<Jwk> Keys);

    private sealed record Jwk(string Kty, string Kid);
}
