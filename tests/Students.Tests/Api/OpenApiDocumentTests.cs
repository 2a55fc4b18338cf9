using System.Net;
using System.Text.Json;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

public sealed class OpenApiDocumentTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task The_document_is_served_anonymously_and_every_api_operation_says_who_may_call_it()
    {
        using var document = await ReadDocumentAsync();
        var operations = Operations(document).Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.True(
            o.Operation.TryGetProperty("x-roles", out _) || o.Operation.TryGetProperty("x-anonymous", out _),
            $"{o.Method} {o.Path} names neither x-roles nor x-anonymous"));
    }

    [Fact]
    public async Task The_roles_of_an_operation_are_those_of_its_policies()
    {
        using var document = await ReadDocumentAsync();

        // The school-members group narrowed to coordinators, and to the erasers' roles.
        Assert.Equal([Roles.Coordinator], RolesOf(document, "post", "/api/students/import"));
        Assert.Equal([Roles.Coordinator, Roles.Operator], RolesOf(document, "delete", "/api/students/{id}"));
        Assert.Equal([Roles.Student], RolesOf(document, "get", "/api/students/me/classmates"));
    }

    private async Task<JsonDocument> ReadDocumentAsync()
    {
        using var client = fixture.Factory.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonDocument document) =>
        from path in document.RootElement.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        where Methods.Contains(operation.Name)
        select (operation.Name, path.Name, operation.Value);

    private static string[] RolesOf(JsonDocument document, string method, string path)
    {
        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);
        return [.. operation.GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()!)];
    }
}
