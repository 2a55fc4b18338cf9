using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Companies.Tests.Api;

/// <summary>Companies describes itself at /openapi/v1.json, with who may call each operation.</summary>
public sealed class OpenApiTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task The_document_is_served_anonymously_and_every_api_operation_says_who_may_call_it()
    {
        var paths = (await DocumentAsync())["paths"]!.AsObject();

        var operations = ApiOperations(paths).ToList();
        Assert.Equal(17, operations.Count);
        Assert.All(operations, o => Assert.True(
            o.Operation["x-roles"] is JsonArray || o.Operation["x-anonymous"] is not null, $"{o.Method} {o.Path} says nothing about its callers"));
    }

    [Fact]
    public async Task Operations_name_the_roles_of_their_policies()
    {
        var paths = (await DocumentAsync())["paths"]!.AsObject();

        Assert.Equal([Roles.Coordinator], RolesOf(paths, "post", "/api/companies"));
        Assert.Equal([Roles.Coordinator], RolesOf(paths, "post", "/api/companies/{id}/trainers/{trainerId}/erase"));
        Assert.Equal(await PolicyRolesAsync(Policies.StaffOrTrainer), RolesOf(paths, "get", "/api/companies/{id}/trainers"));
        Assert.Contains(Roles.Trainer, RolesOf(paths, "get", "/api/companies/{id}/trainers"));
        Assert.Equal(await PolicyRolesAsync(Policies.Staff), RolesOf(paths, "get", "/api/companies"));
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var anonymous = fixture.Factory.CreateClient();
        var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static IEnumerable<(string Method, string Path, JsonObject Operation)> ApiOperations(JsonObject paths) =>
        from path in paths
        where path.Key.StartsWith("/api/", StringComparison.Ordinal)
        from method in Methods
        where path.Value![method] is JsonObject
        select (method, path.Key, path.Value![method]!.AsObject());

    private static List<string> RolesOf(JsonObject paths, string method, string path) =>
        paths[path]![method]!["x-roles"]!.AsArray().Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

    private async Task<List<string>> PolicyRolesAsync(string name)
    {
        var policy = await fixture.Factory.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetPolicyAsync(name);
        return policy!.Requirements.OfType<RolesAuthorizationRequirement>().Single().AllowedRoles.Order(StringComparer.Ordinal).ToList();
    }
}
