using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Identity.Tests;

public sealed class SigningKeyTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Keys_and_tokens_survive_a_restart()
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Operator);
        var keysBefore = await KeyIdsAsync(_oidc.Api());

        // A second instance on the same database stands in for the restarted (or another replica of the) service.
        await using var restarted = new ServiceFactory<Program>(ResourceNames.IdentityDb, "identity-api", fixture.Database.ConnectionString, fixture.Broker.ConnectionString);
        restarted.Settings["Database:MigrateOnStartup"] = "true";
        restarted.Settings["Mail:PickupDirectory"] = fixture.MailDirectory;
        var client = restarted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = OidcClient.BaseAddress });

        Assert.Equal(keysBefore, await KeyIdsAsync(client));
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/users")).StatusCode);
        var refreshed = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "portal",
            ["refresh_token"] = tokens.RefreshToken!,
        }));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    private static async Task<List<string>> KeyIdsAsync(HttpClient client)
    {
        var jwks = await client.GetFromJsonAsync<Jwks>("/.well-known/jwks");
        return [.. jwks!.Keys.Select(k => k.Kid).Order()];
    }

    private sealed record Jwks(List<Jwk> Keys);

    private sealed record Jwk(string Kid);
}
