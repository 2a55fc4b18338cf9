using System.Net.Http.Headers;
using System.Text.Json;

namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>
/// Real access tokens from the system's own Identity service: the Development-only <c>dev-tokens</c> client with the
/// password grant and the demo accounts (docs/identity-service.md).
/// </summary>
public sealed class DemoAccounts(Uri identity)
{
    public const string Password = "Demo!2026pass";
    public const string Coordinator = "coordinator@demo.partnershiphub.nl";
    public const string Mentor = "mentor@demo.partnershiphub.nl";
    public const string Trainer = "trainer@demo.partnershiphub.nl";

    /// <summary>Every API's scope, so one token per person serves the whole loop.</summary>
    public const string AllApis = "email students companies internships guidance notifications insights";

    /// <summary>The demo mentor's staff id (Students' mentor of the demo students b001…b030).</summary>
    public static readonly Guid MentorStaffId = Guid.Parse("5eed0000-0000-0000-0000-00000000a001");

    /// <summary>Companies' demo company 1, where the demo trainer (trainer 1001) works; retail, accredited for BOL and BBL.</summary>
    public static readonly Guid TrainersCompany = Guid.Parse("5eed0000-0000-0000-0000-000000000c01");

    public static readonly Guid TrainerId = Guid.Parse("5eed0000-0000-0000-0000-000000001001");

    /// <summary>Students' demo student 1, placed at the trainer's company by the Internships seed.</summary>
    public static readonly Guid DemoStudent = Guid.Parse("5eed0000-0000-0000-0000-00000000b001");

    public async Task<string> TokenAsync(string email, string scopes = AllApis)
    {
        using var http = new HttpClient { BaseAddress = identity };
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "dev-tokens",
            ["username"] = email,
            ["password"] = Password,
            ["scope"] = $"openid {scopes}",
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Identity refused a token for {email}: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()
            ?? throw new InvalidOperationException("Identity answered without an access token.");
    }

    /// <summary>A client for <paramref name="service"/> that calls as <paramref name="email"/>, each call on a new connection.</summary>
    public async Task<HttpClient> ClientAsync(Uri service, string email)
    {
        var client = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromMinutes(2) };
        // A new connection per request, so the orchestrator's proxy spreads the calls over every copy of the API.
        client.DefaultRequestHeaders.ConnectionClose = true;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email));
        return client;
    }
}
