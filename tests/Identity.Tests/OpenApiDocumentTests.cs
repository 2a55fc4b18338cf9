using System.Net;
using System.Text.Json;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>
/// The service describes its admin API at /openapi/v1.json with who may call each operation; the sign-in pages and
/// the OpenID Connect endpoints are HTML and protocol, not JSON APIs, and stay out of it.
/// </summary>
public sealed class OpenApiDocumentTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task Every_api_operation_names_who_may_call_it()
    {
        var document = await DocumentAsync();

        var operations = ApiOperations(document).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.True(
            o.Operation.TryGetProperty("x-roles", out _) || o.Operation.TryGetProperty("x-anonymous", out _),
            $"{o.Method} {o.Path} names neither x-roles nor x-anonymous"));
    }

    [Fact]
    public async Task Roles_in_the_document_are_the_policies_roles()
    {
        var document = await DocumentAsync();

        Assert.Equal([Roles.Coordinator, Roles.Operator], RolesOf(document, "/api/users", "get"));
        Assert.Equal([Roles.Coordinator, Roles.Operator], RolesOf(document, "/api/users/{id}/deactivate", "post"));
        Assert.Equal([Roles.Operator], RolesOf(document, "/api/audit", "get"));
        Assert.Equal([Roles.Care, Roles.Coordinator, Roles.Mentor, Roles.Operator, Roles.Teacher], RolesOf(document, "/api/staff", "get"));
    }

    [Fact]
    public async Task Sign_in_pages_and_protocol_endpoints_are_not_in_the_document()
    {
        var document = await DocumentAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(paths, path => Assert.StartsWith("/api/", path, StringComparison.Ordinal));
    }

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await fixture.Factory.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> ApiOperations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        where path.Name.StartsWith("/api/", StringComparison.Ordinal)
        from method in path.Value.EnumerateObject()
        where Methods.Contains(method.Name)
        select (path.Name, method.Name, method.Value);

    private static string[] RolesOf(JsonElement document, string path, string method) =>
        [.. document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()!)];
}
