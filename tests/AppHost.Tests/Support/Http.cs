using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>Reads answers as JSON and, when the status is not the expected one, fails with the body the service sent.</summary>
public static class Http
{
    public static async Task<JsonElement> ExpectAsync(this Task<HttpResponseMessage> sending, HttpStatusCode expected, string what)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"{what}: expected {(int)expected} {expected}, got {(int)response.StatusCode} {response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The answer's JSON when it is a 200, otherwise nothing (for waiting until another service has caught up).</summary>
    public static async Task<JsonElement?> ReadWhenOkAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);
}
