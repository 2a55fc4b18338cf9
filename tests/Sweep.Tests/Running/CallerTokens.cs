using System.IdentityModel.Tokens.Jwt;
using System.Net.Http.Json;
using System.Text.Json;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Sweep.Tests.Hosting;
using PartnershipHub.Testing;

namespace PartnershipHub.Sweep.Tests.Running;

/// <summary>
/// The token each caller sends to each service. The four resource APIs validate <see cref="TestTokens"/> with their
/// real JWT bearer pipeline; Identity accepts only its own access tokens (checked against its token store), so its
/// role tokens come from its Development-only dev-tokens client for the demo accounts.
/// </summary>
public sealed class CallerTokens
{
    private readonly Dictionary<(string Service, string Caller), Func<string?>> _tokens = [];

    /// <summary>
    /// The caller's token for one request. Test tokens are signed at the moment of sending, as a user signing in
    /// again would get one: an admitted request earlier in the sweep may have deactivated a demo account, and every
    /// API refuses that account's tokens issued before it (AccountDeactivated), which is not what these cells test.
    /// </summary>
    public string? For(SweptService service, Caller caller) => _tokens[(service.Name, caller.Name)]();

    /// <summary>
    /// Whether the caller's token names this API as its audience. Identity grants each role only the API scopes it
    /// may use, so a role without the identity scope holds no token for Identity's API: its cells there expect 401.
    /// </summary>
    public bool IsMeantFor(SweptService service, Caller caller) =>
        For(service, caller) is { } token && new JwtSecurityTokenHandler().CanReadToken(token)
        && new JwtSecurityTokenHandler().ReadJwtToken(token).Audiences.Contains(service.Audience);

    public static async Task<CallerTokens> IssueAsync(IReadOnlyList<SweptService> services)
    {
        var tokens = new CallerTokens();
        foreach (var service in services)
        {
            foreach (var caller in Caller.All)
            {
                var identityToken = caller.Kind == CallerKind.Role && service.Name == ResourceNames.Identity
                    ? await IdentityTokenAsync(service, caller)
                    : null;
                tokens._tokens[(service.Name, caller.Name)] = caller switch
                {
                    { Kind: CallerKind.Anonymous } => () => null,
                    { Name: "malformed token" } => () => "not-a-jwt",
                    { Name: "expired token" } => () => TestTokens.Expired(service.Audience, caller.Claims),
                    { Kind: CallerKind.InvalidToken } => () => TestTokens.Create("sweep-another-api", caller.Claims),
                    _ when identityToken is not null => () => identityToken,
                    _ => () => TestTokens.Create(service.Audience, caller.Claims),
                };
            }
        }

        return tokens;
    }

    private static async Task<string> IdentityTokenAsync(SweptService identity, Caller caller)
    {
        var account = DemoAccounts.All.Single(a => a.Role == caller.Name);
        var response = await identity.Client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "dev-tokens",
            ["username"] = account.Email,
            ["password"] = DemoAccounts.Password,
            ["scope"] = "openid profile roles identity",
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("access_token", out var token)
            ? token.GetString()!
            : throw new InvalidOperationException($"Identity gave {account.Email} no token: {body}");
    }
}
