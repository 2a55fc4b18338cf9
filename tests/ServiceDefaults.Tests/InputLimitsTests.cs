using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.ServiceDefaults.Tests;

/// <summary>The bounds every service applies at the edge (InputLimits): each refusal is a 400 naming the exact field.</summary>
public sealed class InputLimitsTests : IAsyncLifetime
{
    private const string GoodPlan = """{"title":"Plan","goals":[{"title":"Op tijd","steps":["wekker"],"by":"2026-10-01"}]}""";

    private WebApplication _app = null!;
    private WebApplication _integerEnumApp = null!;
    private HttpClient _client = null!;
    private HttpClient _integerEnumClient = null!;

    public async Task InitializeAsync()
    {
        _app = await DefaultsHost.StartAsync();
        _integerEnumApp = await DefaultsHost.StartAsync(integerEnums: true);
        _client = _app.GetTestClient().WithToken(TestTokens.Coordinator(DefaultsHost.Audience));
        _integerEnumClient = _integerEnumApp.GetTestClient().WithToken(TestTokens.Coordinator(DefaultsHost.Audience));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _integerEnumApp.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_request_still_round_trips()
    {
        var response = await PostAsync("/plans", """
            {"title":"Plan","goals":[{"title":"Op tijd","steps":["wekker","bus"],"by":"2026-10-01"}],
             "ratings":["strong"],"studentIds":["3f2504e0-4f89-11d3-9a0c-0305e82c3301"],"due":"2026-10-01T08:00:00Z",
             "longNote":"line one\nline two\twith a tab","tags":["a","b","c"]}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("bus", plan.GetProperty("goals")[0].GetProperty("steps")[1].GetString());
        Assert.Equal("strong", plan.GetProperty("ratings")[0].GetString());
    }

    [Theory]
    [InlineData("""{"title":"Plan","goals":[null]}""", "goals[0]")]
    [InlineData("""{"title":"Plan","goals":[{"title":"a","steps":["x",null]}]}""", "goals[0].steps[1]")]
    [InlineData("""{"title":"Plan","goals":[],"studentIds":[null]}""", "studentIds[0]")]
    [InlineData("""{"title":"Plan","goals":[],"ratings":[null]}""", "ratings[0]")]
    public async Task A_null_item_in_a_list_is_named(string body, string field)
    {
        var errors = await AssertFieldErrorAsync(await PostAsync("/plans", body), field);
        Assert.Contains("null", errors.GetProperty(field)[0].GetString());
    }

    [Theory]
    [InlineData("\\u0000")]
    [InlineData("\\u0007")]
    [InlineData("\\u001b")]
    [InlineData("\\u007f")]
    public async Task A_control_character_in_text_is_named_wherever_it_sits(string escaped)
    {
        var errors = await AssertFieldErrorAsync(
            await PostAsync("/plans", "{\"title\":\"Plan\",\"goals\":[{\"title\":\"a\",\"steps\":[\"ok\",\"x" + escaped + "y\"]}]}"),
            "goals[0].steps[1]");
        Assert.Contains("control character", errors.GetProperty("goals[0].steps[1]")[0].GetString());

        await AssertFieldErrorAsync(await PostAsync("/plans", "{\"title\":\"P" + escaped + "\",\"goals\":[]}"), "title");
    }

    [Fact]
    public async Task Text_longer_than_the_default_bound_is_refused_and_a_declared_bound_wins()
    {
        var huge = new string('a', 100_000);
        var errors = await AssertFieldErrorAsync(await PostAsync("/plans", $$"""{"title":"{{huge}}","goals":[]}"""), "title");
        Assert.Contains("at most 4,000", errors.GetProperty("title")[0].GetString());

        var longNote = new string('a', 10_000);
        var declared = await PostAsync("/plans", $$"""{"title":"Plan","goals":[],"longNote":"{{longNote}}"}""");
        Assert.Equal(HttpStatusCode.OK, declared.StatusCode);
        await AssertFieldErrorAsync(await PostAsync("/plans", $$"""{"title":"Plan","goals":[],"longNote":"{{longNote + longNote}}"}"""), "longNote");
    }

    [Fact]
    public async Task Lists_are_bounded_by_default_and_by_a_declared_bound()
    {
        var ids = string.Join(",", Enumerable.Range(0, 1_001).Select(_ => $"\"{Guid.NewGuid()}\""));
        var errors = await AssertFieldErrorAsync(await PostAsync("/plans", $$"""{"title":"Plan","goals":[],"studentIds":[{{ids}}]}"""), "studentIds");
        Assert.Contains("at most 1,000", errors.GetProperty("studentIds")[0].GetString());

        await AssertFieldErrorAsync(await PostAsync("/plans", """{"title":"Plan","goals":[],"tags":["a","b","c","d"]}"""), "tags");
    }

    [Theory]
    [InlineData("""{"title":"Plan","goals":[{"title":"a","steps":[],"by":"0001-01-01"}]}""", "goals[0].by")]
    [InlineData("""{"title":"Plan","goals":[{"title":"a","steps":[],"by":"9999-12-31"}]}""", "goals[0].by")]
    [InlineData("""{"title":"Plan","goals":[],"due":"0001-01-01T00:00:00Z"}""", "due")]
    public async Task Dates_outside_1900_to_2199_are_refused(string body, string field)
    {
        var errors = await AssertFieldErrorAsync(await PostAsync("/plans", body), field);
        Assert.Contains("1900-01-01", errors.GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task A_wrong_type_inside_a_list_item_is_named_with_its_index()
    {
        var errors = await AssertFieldErrorAsync(
            await PostAsync("/plans", """{"title":"Plan","goals":[{"title":"a","steps":[]},{"title":"b","steps":"not a list"}]}"""),
            "goals[1].steps");
        Assert.Contains("list", errors.GetProperty("goals[1].steps")[0].GetString());

        errors = await AssertFieldErrorAsync(
            await PostAsync("/plans", """{"title":"Plan","goals":[],"studentIds":["3f2504e0-4f89-11d3-9a0c-0305e82c3301","nope"]}"""),
            "studentIds[1]");
        Assert.Contains("GUID", errors.GetProperty("studentIds[1]")[0].GetString());
    }

    [Fact]
    public async Task An_enum_number_the_enum_does_not_define_is_refused_where_numbers_are_accepted()
    {
        var accepted = await _integerEnumClient.PostAsync("/ratings", Json("""{"rating": 2}"""));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        var response = await _integerEnumClient.PostAsync("/ratings", Json("""{"rating": 7}"""));
        var errors = await AssertFieldErrorAsync(response, "rating");
        Assert.Contains("needsAttention, sufficient, strong", errors.GetProperty("rating")[0].GetString());

        response = await _integerEnumClient.PostAsync("/plans", Json("""{"title":"Plan","goals":[],"ratings":["strong",99]}"""));
        await AssertFieldErrorAsync(response, "ratings[1]");
    }

    [Theory]
    [InlineData("/api/search?q=a%00b", "q")]
    [InlineData("/api/search?q=a%09b", "q")]
    public async Task A_control_character_in_a_query_value_is_a_400_naming_it(string url, string field)
    {
        await AssertFieldErrorAsync(await _client.GetAsync(url), field);
    }

    [Fact]
    public async Task A_control_character_in_a_form_value_is_a_400_naming_it()
    {
        var form = new FormUrlEncodedContent([new("returnUrl", "/home\u0001evil")]);
        await AssertFieldErrorAsync(await _app.GetTestClient().PostAsync("/api/form", form), "returnUrl");

        // An encoded NUL is refused by the framework's form reader before any value has a name.
        var nul = new FormUrlEncodedContent([new("returnUrl", "/home\u0000evil")]);
        await AssertFieldErrorAsync(await _app.GetTestClient().PostAsync("/api/form", nul), "form");
    }

    [Theory]
    [InlineData(0, 10, "page")]
    [InlineData(int.MaxValue, 10, "page")]
    [InlineData(1, 51, "pageSize")]
    public async Task Page_numbers_are_bounded(int page, int pageSize, string field)
    {
        await AssertFieldErrorAsync(await _client.GetAsync($"/pages?page={page}&pageSize={pageSize}"), field);
    }

    [Fact]
    public async Task The_last_allowed_page_still_answers()
    {
        var response = await _client.GetAsync("/pages?page=100000&pageSize=50");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string url, string json) => _client.PostAsync(url, Json(json));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"Expected an error for '{field}', got {errors}.");
        return errors.Clone();
    }
}
