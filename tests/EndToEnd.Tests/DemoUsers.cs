using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace PartnershipHub.EndToEnd.Tests;

/// <summary>Real access tokens from the running Identity service, through its Development-only dev-tokens client.</summary>
public static class DemoUsers
{
    public const string Password = "Demo!2026pass";
    public const string Coordinator = "coordinator@demo.partnershiphub.nl";
    public const string Mentor = "mentor@demo.partnershiphub.nl";
    public const string Trainer = "trainer@demo.partnershiphub.nl";
    public const string Student = "student@demo.partnershiphub.nl";
    public const string Teacher = "teacher@demo.partnershiphub.nl";
    public const string Operator = "operator@demo.partnershiphub.nl";
    public const string Care = "care@demo.partnershiphub.nl";

    /// <summary>Companies' demo company 1, where the demo trainer works, and company 2, where they do not.</summary>
    public static readonly Guid TrainersCompany = Guid.Parse("5eed0000-0000-0000-0000-000000000c01");
    public static readonly Guid OtherCompany = Guid.Parse("5eed0000-0000-0000-0000-000000000c02");

    /// <summary>Students' demo student 1: the demo student's own record, a mentee of the demo mentor.</summary>
    public static readonly Guid DemoStudent = Guid.Parse("5eed0000-0000-0000-0000-00000000b001");

    public static async Task<string> TokenAsync(string email, string scopes)
    {
        using var http = new HttpClient { BaseAddress = RunningSystem.Identity };
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
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

        var token = System.Text.Json.JsonSerializer.Deserialize<TokenResponse>(body);
        return token?.AccessToken ?? throw new InvalidOperationException("Identity answered without an access token.");
    }

    public static async Task<HttpClient> ClientAsync(Uri service, string email, string scopes)
    {
        var client = new HttpClient { BaseAddress = service };
        client.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(email, scopes));
        return client;
    }

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string? AccessToken);
}
