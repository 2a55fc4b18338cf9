using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using PartnershipHub.ServiceDefaults.OpenApi;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.ServiceDefaults.Tests;

/// <summary>What every service gets without asking: one enum spelling on the wire, and an OpenAPI document naming roles.</summary>
public sealed class WireFormatAndDocumentTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await DefaultsHost.StartAsync();
        _client = _app.GetTestClient().WithToken(TestTokens.Coordinator(DefaultsHost.Audience));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Enums_are_written_in_camel_case_and_read_in_any_case_for_one_release()
    {
        var answered = await _client.GetStringAsync("/api/staff-or-trainers");
        Assert.Contains("\"rating\":\"needsAttention\"", answered, StringComparison.Ordinal);

        // The spelling Companies and Internships answered before this release is still understood.
        foreach (var spelling in new[] { "strong", "Strong" })
        {
            var response = await PostAsync("/ratings", $$"""{"rating":"{{spelling}}"}""");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"rating\":\"strong\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2")]
    [InlineData("\"excellent\"")]
    public async Task A_number_or_an_unknown_name_for_an_enum_gets_the_same_sentence_everywhere(string value)
    {
        var response = await PostAsync("/ratings", $$"""{"rating":{{value}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = problem.RootElement.GetProperty("errors").GetProperty("rating")[0].GetString();
        Assert.Equal("This value must be one of: needsAttention, sufficient, strong.", message);
    }

    [Fact]
    public async Task The_api_document_is_served_anonymously_and_names_the_roles_of_each_operation()
    {
        using var anonymous = _app.GetTestClient();
        var response = await anonymous.GetAsync(OpenApiDocuments.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        var coordinators = paths.GetProperty("/coordinators-only").GetProperty("get");
        Assert.Equal([Roles.Coordinator], coordinators.GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("Roles: coordinator.", coordinators.GetProperty("description").GetString(), StringComparison.Ordinal);

        var staffOrTrainers = paths.GetProperty("/api/staff-or-trainers").GetProperty("get");
        Assert.Equal(
            Roles.Staff.Append(Roles.Trainer).Order(StringComparer.Ordinal),
            staffOrTrainers.GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()!));

        var open = paths.GetProperty("/api/open").GetProperty("get");
        Assert.True(open.GetProperty("x-anonymous").GetBoolean());
        Assert.False(open.TryGetProperty("x-roles", out _));
    }

    [Fact]
    public async Task The_document_describes_what_our_converters_read_and_write_instead_of_leaving_it_empty()
    {
        using var anonymous = _app.GetTestClient();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync(OpenApiDocuments.Path));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        JsonElement Resolve(JsonElement schema) =>
            schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : schema;
        static IEnumerable<string?> Types(JsonElement schema) =>
            schema.GetProperty("type") is { ValueKind: JsonValueKind.Array } types ? types.EnumerateArray().Select(t => t.GetString()) : [schema.GetProperty("type").GetString()];

        var plan = schemas.GetProperty("PlanRequest").GetProperty("properties");
        Assert.Equal(["string"], Types(plan.GetProperty("title")));
        var goals = Resolve(plan.GetProperty("goals"));
        Assert.Equal(["array"], Types(goals));
        Assert.Equal(["object"], Types(Resolve(goals.GetProperty("items"))));
        // A nullable list may be null; its items are the enum, spelled as the wire spells it.
        var ratings = plan.GetProperty("ratings").GetProperty("oneOf").EnumerateArray().ToList();
        Assert.Contains(ratings, option => option.TryGetProperty("type", out var type) && type.GetString() == "null");
        var list = Resolve(ratings.Single(option => option.TryGetProperty("$ref", out _)));
        Assert.Contains("array", Types(list));
        var rating = Resolve(list.GetProperty("items"));
        Assert.Equal(["string"], Types(rating));
        Assert.Equal(["needsAttention", "sufficient", "strong"], rating.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        var by = schemas.GetProperty("Goal").GetProperty("properties").GetProperty("by");
        Assert.Equal("date", by.GetProperty("format").GetString());
        Assert.Contains("string", Types(by));
    }

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        _client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
