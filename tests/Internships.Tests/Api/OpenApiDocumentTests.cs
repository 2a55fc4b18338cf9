using System.Net;
using System.Text.Json;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.ServiceDefaults.OpenApi;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>The service describes itself at /openapi/v1.json, with who may call each operation.</summary>
public sealed class OpenApiDocumentTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task The_document_is_served_anonymously_and_every_api_operation_names_its_roles()
    {
        var response = await fixture.Factory.CreateClient().GetAsync(OpenApiDocuments.Path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        var operations = Operations(document.RootElement).ToList();
        Assert.Contains(operations, o => o.Path == "/api/placements" && o.Method == "get");
        Assert.All(operations, o => Assert.True(
            o.Operation.TryGetProperty("x-roles", out _) || o.Operation.TryGetProperty("x-anonymous", out _),
            $"{o.Method.ToUpperInvariant()} {o.Path} names neither x-roles nor x-anonymous"));
    }

    [Fact]
    public async Task Operations_carry_the_roles_of_their_policies()
    {
        using var document = JsonDocument.Parse(await fixture.Factory.CreateClient().GetStringAsync(OpenApiDocuments.Path));
        var operations = Operations(document.RootElement).ToList();

        // The matching runs group requires the Coordinator policy.
        Assert.Equal([Roles.Coordinator], RolesOf(operations.Single(o => o.Path == "/api/matching/runs" && o.Method == "post")));
        // Starting a placement: Coordinator too; listing placements: any signed-in caller (the endpoint filters by relationship).
        Assert.Equal([Roles.Coordinator], RolesOf(operations.Single(o => o.Path == "/api/placements/{id}/start" && o.Method == "post")));
        Assert.Empty(RolesOf(operations.Single(o => o.Path == "/api/placements" && o.Method == "get")));
    }

    private static string[] RolesOf((string Path, string Method, JsonElement Operation) operation) =>
        [.. operation.Operation.GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()!)];

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        where path.Name.StartsWith("/api", StringComparison.Ordinal)
        from method in path.Value.EnumerateObject()
        where Methods.Contains(method.Name)
        select (path.Name, method.Name, method.Value);
}
