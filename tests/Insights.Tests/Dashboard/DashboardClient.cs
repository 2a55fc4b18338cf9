using System.Net;
using System.Text.Json;
using PartnershipHub.Testing;

namespace PartnershipHub.Insights.Tests.Dashboard;

/// <summary>Calls the dashboard as a coordinator (or the token given) and reads the JSON as the portal gets it.</summary>
internal static class DashboardClient
{
    public static async Task<JsonElement> GetJsonAsync(this InsightsApiFixture fixture, string path, string? token = null)
    {
        var client = fixture.CreateClient(token ?? TestTokens.Coordinator(fixture.Audience));
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<HttpStatusCode> StatusAsync(this InsightsApiFixture fixture, string path, string token) =>
        (await fixture.CreateClient(token).GetAsync(path)).StatusCode;

    /// <summary>Asserts a 400 ProblemDetails whose errors name <paramref name="field"/>.</summary>
    public static async Task AssertBadRequestAsync(this InsightsApiFixture fixture, string path, string field)
    {
        var response = await fixture.CreateClient(TestTokens.Coordinator(fixture.Audience)).GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString());
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{path}: the errors name {string.Join(", ", errors.EnumerateObject().Select(e => e.Name))}, not {field}");
    }

    public static int Int(this JsonElement element, string name) => element.GetProperty(name).GetInt32();

    public static double Double(this JsonElement element, string name) => element.GetProperty(name).GetDouble();

    public static bool IsNull(this JsonElement element, string name) => element.GetProperty(name).ValueKind == JsonValueKind.Null;
}
