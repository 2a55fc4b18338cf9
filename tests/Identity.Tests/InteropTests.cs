using System.Net;
using Duende.IdentityModel.Client;
using LoginRequest = Duende.IdentityModel.OidcClient.LoginRequest;
using LogoutRequest = Duende.IdentityModel.OidcClient.LogoutRequest;
using OidcClientOptions = Duende.IdentityModel.OidcClient.OidcClientOptions;
using Policy = Duende.IdentityModel.OidcClient.Policy;
using Microsoft.IdentityModel.Tokens;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;
using DuendeOidcClient = Duende.IdentityModel.OidcClient.OidcClient;

namespace PartnershipHub.Identity.Tests;

/// <summary>
/// Identity driven by a certified relying-party library written by others (Duende.IdentityModel.OidcClient), with its
/// default discovery and token policies: only what the library itself accepts counts.
/// </summary>
public sealed class InteropTests(InteropTests.InteropFixture fixture) : IClassFixture<InteropTests.InteropFixture>
{
    private const string Password = "Interop!2026password";
    private static readonly string Authority = OidcClient.BaseAddress.AbsoluteUri.TrimEnd('/');

    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Discovery_document_and_jwks_pass_the_librarys_own_policy()
    {
        var disco = await Backchannel().GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest { Address = Authority, Policy = new DiscoveryPolicy() });

        Assert.False(disco.IsError, disco.Error);
        Assert.Equal(OidcClient.BaseAddress.AbsoluteUri, disco.Issuer);
        Assert.Contains("code", disco.ResponseTypesSupported);
        Assert.Contains("S256", disco.CodeChallengeMethodsSupported);
        Assert.DoesNotContain("plain", disco.CodeChallengeMethodsSupported);
        Assert.Contains("authorization_code", disco.GrantTypesSupported);
        Assert.Contains("refresh_token", disco.GrantTypesSupported);
        Assert.Contains("openid", disco.ScopesSupported);
        Assert.Contains("offline_access", disco.ScopesSupported);
        Assert.Contains("RS256", disco.TryGetStringArray("id_token_signing_alg_values_supported"));
        Assert.NotNull(disco.RevocationEndpoint);
        Assert.NotNull(disco.EndSessionEndpoint);

        // Every published key is a usable RSA signing key with a key id, in an algorithm the library accepts.
        Assert.NotEmpty(disco.KeySet!.Keys);
        var allowed = new Policy().ValidSignatureAlgorithms;
        Assert.All(disco.KeySet.Keys, key =>
        {
            Assert.Equal("RSA", key.Kty);
            Assert.Equal("sig", key.Use);
            Assert.False(string.IsNullOrEmpty(key.Kid));
            Assert.Contains(key.Alg ?? "RS256", allowed);
            var usable = new JsonWebKey(System.Text.Json.JsonSerializer.Serialize(key));
            Assert.True(usable.HasPrivateKey is false && usable.KeySize >= 2048, $"key {key.Kid} is not a public RSA key of 2048 bits or more");
        });
    }

    [Fact]
    public async Task Code_flow_with_pkce_signs_in_and_the_library_validates_the_identity_token()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Mentor]);
        var client = Client(user.Email!);

        var login = await client.LoginAsync(new LoginRequest());

        Assert.False(login.IsError, login.Error);
        Assert.Equal(user.Id.ToString(), login.User.FindFirst("sub")?.Value);
        Assert.False(string.IsNullOrEmpty(login.AccessToken));
        Assert.False(string.IsNullOrEmpty(login.RefreshToken));
        Assert.False(string.IsNullOrEmpty(login.IdentityToken));
        Assert.Equal(HttpStatusCode.OK, (await _oidc.Api(login.AccessToken).GetAsync("/api/staff?ids=" + Guid.NewGuid())).StatusCode);
    }

    [Fact]
    public async Task Refresh_through_the_library_gives_new_tokens()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Teacher]);
        var client = Client(user.Email!);
        var login = await client.LoginAsync(new LoginRequest());
        Assert.False(login.IsError, login.Error);

        var refreshed = await client.RefreshTokenAsync(login.RefreshToken);

        Assert.False(refreshed.IsError, refreshed.Error);
        Assert.NotEqual(login.AccessToken, refreshed.AccessToken);
        Assert.False(string.IsNullOrEmpty(refreshed.RefreshToken));
    }

    [Fact]
    public async Task Logout_through_the_library_ends_the_session_and_returns_to_the_client()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Coordinator]);
        var browser = new FormDrivingBrowser(_oidc, user.Email!, Password);
        var client = Client(user.Email!, browser);
        var login = await client.LoginAsync(new LoginRequest());
        Assert.False(login.IsError, login.Error);

        var logout = await client.LogoutAsync(new LogoutRequest { IdTokenHint = login.IdentityToken });

        Assert.False(logout.IsError, logout.Error);
        Assert.StartsWith(fixture.PostLogoutRedirectUri, logout.Response, StringComparison.Ordinal);
        Assert.Contains("Inloggen / Sign in", await browser.PageAsync("/account/"));
    }

    [Fact]
    public async Task The_client_revokes_its_own_refresh_token_as_the_library_sends_it_and_it_stops_refreshing()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Mentor]);
        var client = Client(user.Email!);
        var login = await client.LoginAsync(new LoginRequest());
        Assert.False(login.IsError, login.Error);
        var disco = await Backchannel().GetDiscoveryDocumentAsync(Authority);

        // A public client: client id only, sent the library's default way (HTTP Basic with an empty secret).
        var revoked = await Backchannel().RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = disco.RevocationEndpoint,
            ClientId = OidcClient.PortalClientId,
            Token = login.RefreshToken,
            TokenTypeHint = "refresh_token",
        });

        Assert.False(revoked.IsError, $"{revoked.Error}: {revoked.Raw}");
        var refreshed = await client.RefreshTokenAsync(login.RefreshToken);
        Assert.True(refreshed.IsError);
        Assert.Equal("invalid_grant", refreshed.Error);
    }

    [Fact]
    public async Task The_client_revokes_its_own_access_token_with_the_client_id_in_the_body()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Operator]);
        var login = await Client(user.Email!).LoginAsync(new LoginRequest());
        Assert.False(login.IsError, login.Error);
        var disco = await Backchannel().GetDiscoveryDocumentAsync(Authority);

        var revoked = await Backchannel().RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = disco.RevocationEndpoint,
            ClientId = OidcClient.PortalClientId,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            Token = login.AccessToken,
            TokenTypeHint = "access_token",
        });

        Assert.False(revoked.IsError, $"{revoked.Error}: {revoked.Raw}");
        // Identity checks its own access tokens against the token store, so the revoked one is refused at once.
        Assert.Equal(HttpStatusCode.Unauthorized, (await _oidc.Api(login.AccessToken).GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task A_client_cannot_revoke_another_clients_tokens()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Mentor]);
        var portal = await Client(user.Email!).LoginAsync(new LoginRequest());
        Assert.False(portal.IsError, portal.Error);
        var services = await _oidc.ClientCredentialsAsync(scope: "identity");

        // Each names a token of the other; OpenIddict answers as for an unknown token (RFC 7009) and revokes nothing.
        await Backchannel().RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = "/connect/revoke",
            ClientId = "services",
            ClientSecret = IdentityFixture.ServicesSecret,
            Token = portal.RefreshToken,
            TokenTypeHint = "refresh_token",
        });
        await Backchannel().RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = "/connect/revoke",
            ClientId = OidcClient.PortalClientId,
            Token = services.AccessToken!,
            TokenTypeHint = "access_token",
        });

        Assert.Equal(HttpStatusCode.OK, (await _oidc.RefreshAsync(portal.RefreshToken)).Status);
        // Authenticated still (403 for the role, not 401): the service's token was not revoked.
        Assert.Equal(HttpStatusCode.Forbidden, (await _oidc.Api(services.AccessToken).GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task The_confidential_services_client_revokes_its_own_token()
    {
        var services = await _oidc.ClientCredentialsAsync(scope: "identity");
        Assert.Equal(HttpStatusCode.Forbidden, (await _oidc.Api(services.AccessToken).GetAsync("/api/users")).StatusCode);

        var revoked = await Backchannel().RevokeTokenAsync(new TokenRevocationRequest
        {
            Address = "/connect/revoke",
            ClientId = "services",
            ClientSecret = IdentityFixture.ServicesSecret,
            Token = services.AccessToken!,
            TokenTypeHint = "access_token",
        });

        // Refused with unauthorized_client before the client was given the revocation endpoint.
        Assert.False(revoked.IsError, $"{revoked.Error}: {revoked.Raw}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _oidc.Api(services.AccessToken).GetAsync("/api/users")).StatusCode);
    }

    private DuendeOidcClient Client(string email, FormDrivingBrowser? browser = null) => new(new OidcClientOptions
    {
        Authority = Authority,
        ClientId = OidcClient.PortalClientId,
        RedirectUri = fixture.RedirectUri,
        PostLogoutRedirectUri = fixture.PostLogoutRedirectUri,
        Scope = "openid profile roles offline_access identity",
        Browser = browser ?? new FormDrivingBrowser(_oidc, email, Password),
        BackchannelHandler = fixture.Factory.Server.CreateHandler(),
        IdentityTokenValidator = new JwksIdentityTokenValidator(),
        // Identity serves no userinfo endpoint: the portal reads the identity token, and so does this client.
        LoadProfile = false,
        Policy = new Policy { RequireIdentityTokenSignature = true, RequireAccessTokenHash = true },
    });

    private HttpClient Backchannel() => new(fixture.Factory.Server.CreateHandler()) { BaseAddress = OidcClient.BaseAddress };

    /// <summary>Registers the interop client's callback addresses on the portal client through configuration, as an operator would.</summary>
    public sealed class InteropFixture : IdentityFixture
    {
        public string RedirectUri => "http://127.0.0.1:7890/interop/callback";

        public string PostLogoutRedirectUri => "http://127.0.0.1:7890/interop/signed-out";

        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["Identity:Clients:Portal:RedirectUris:0"] = OidcClient.PortalRedirectUri;
            settings["Identity:Clients:Portal:RedirectUris:1"] = RedirectUri;
            settings["Identity:Clients:Portal:PostLogoutRedirectUris:0"] = "http://127.0.0.1:5100/signout-callback-oidc";
            settings["Identity:Clients:Portal:PostLogoutRedirectUris:1"] = PostLogoutRedirectUri;
        }
    }
}
