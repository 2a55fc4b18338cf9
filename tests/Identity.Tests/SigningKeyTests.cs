using Microsoft.EntityFrameworkCore;
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
    public async Task Keys_tokens_and_sign_in_cookies_survive_a_restart()
    {
        var (user, tokens) = await _oidc.SignedInAsync(Roles.Operator);
        var signedIn = await _oidc.PostLoginAsync(_oidc.Browser(), user.Email!, "Test!2026password");
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ph.identity=", StringComparison.Ordinal)).Split(';')[0];
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

        // The sign-in cookie is protected with data protection keys from the database, so it is still good too.
        using var page = new HttpRequestMessage(HttpMethod.Get, "/account/");
        page.Headers.Add("Cookie", cookie);
        Assert.Contains(user.DisplayName, await (await client.SendAsync(page)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await fixture.InDatabaseAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task Two_replicas_starting_together_on_a_new_database_publish_the_same_keys()
    {
        await using var database = await TestDatabase.CreateAsync("identity_keys");
        var replicas = Enumerable.Range(0, 2).Select(_ =>
        {
            var replica = new ServiceFactory<Program>(ResourceNames.IdentityDb, "identity-api", database.ConnectionString, fixture.Broker.ConnectionString);
            replica.Settings["Database:MigrateOnStartup"] = "true";
            replica.Settings["Mail:PickupDirectory"] = fixture.MailDirectory;
            return replica;
        }).ToList();
        try
        {
            var clients = await Task.WhenAll(replicas.Select(replica => Task.Run(() =>
                replica.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = OidcClient.BaseAddress }))));
            var keySets = await Task.WhenAll(clients.Select(KeyIdsAsync));

            Assert.NotEmpty(keySets[0]);
            Assert.Equal(keySets[0], keySets[1]);
            Assert.Equal(2, await CountKeysAsync(database.ConnectionString)); // one signing, one encryption key
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }

    private static async Task<long> CountKeysAsync(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM signing_keys", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> KeyIdsAsync(HttpClient client)
    {
        var jwks = await client.GetFromJsonAsync<Jwks>("/.well-known/jwks");
        return [.. jwks!.Keys.Select(k => k.Kid).Order()];
    }

    private sealed record Jwks(List<Jwk> Keys);

    private sealed record Jwk(string Kid);
}
