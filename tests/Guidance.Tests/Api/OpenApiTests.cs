using System.Net;
using System.Text.Json;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.ServiceDefaults.OpenApi;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>The service describes itself: every operation says who may call it, read from the endpoint's own policy.</summary>
public sealed class OpenApiTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await fixture.Factory.CreateClient().GetAsync(OpenApiDocuments.Path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> ApiOperations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        where path.Name.StartsWith("/api/", StringComparison.Ordinal)
        from operation in path.Value.EnumerateObject()
        where Methods.Contains(operation.Name)
        select (path.Name, operation.Name, operation.Value);

    private static string[] RolesOf(JsonElement document, string path, string method) =>
        [.. document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()!)];

    [Fact]
    public async Task The_document_is_served_and_every_api_operation_says_who_may_call_it()
    {
        var document = await DocumentAsync();

        var operations = ApiOperations(document).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.True(
            o.Operation.TryGetProperty("x-roles", out _) || o.Operation.TryGetProperty("x-anonymous", out _),
            $"{o.Method.ToUpperInvariant()} {o.Path} names neither x-roles nor x-anonymous"));
        Assert.Contains(operations, o => o.Path == "/api/students/{studentId}/progress");
    }

    [Fact]
    public async Task Publishing_a_framework_needs_a_coordinator_and_the_caseload_a_mentor()
    {
        var document = await DocumentAsync();

        Assert.Equal([Roles.Coordinator], RolesOf(document, "/api/frameworks", "post"));
        Assert.Equal([Roles.Mentor], RolesOf(document, "/api/mentors/me/students", "get"));
        // Reading frameworks: any signed-in caller (the fallback policy), no role.
        Assert.Empty(RolesOf(document, "/api/frameworks", "get"));
    }
}
