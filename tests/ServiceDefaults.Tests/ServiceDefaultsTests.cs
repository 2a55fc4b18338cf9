using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.ServiceDefaults.Tests;

public sealed class ServiceDefaultsTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _anonymous = null!;
    private HttpClient _coordinator = null!;

    public async Task InitializeAsync()
    {
        _app = await DefaultsHost.StartAsync();
        _anonymous = _app.GetTestClient();
        _coordinator = _app.GetTestClient().WithToken(TestTokens.Coordinator(DefaultsHost.Audience));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Health_and_alive_answer_without_a_token()
    {
        var health = await _anonymous.GetAsync("/health");
        var alive = await _anonymous.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        using var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_an_operator_sees_which_checks_make_up_health()
    {
        using var anonymous = JsonDocument.Parse(await _anonymous.GetStringAsync("/health"));
        using var coordinator = JsonDocument.Parse(await _coordinator.GetStringAsync("/health"));
        var operatorClient = _app.GetTestClient().WithToken(TestTokens.Operator(DefaultsHost.Audience));
        using var @operator = JsonDocument.Parse(await operatorClient.GetStringAsync("/health"));

        Assert.False(anonymous.RootElement.TryGetProperty("checks", out _));
        Assert.False(coordinator.RootElement.TryGetProperty("checks", out _));
        Assert.Equal("Healthy", coordinator.RootElement.GetProperty("status").GetString());
        Assert.Contains(@operator.RootElement.GetProperty("checks").EnumerateArray(), check => check.GetProperty("name").GetString() == "self");
    }

    [Fact]
    public async Task Endpoints_refuse_a_caller_without_a_token()
    {
        var response = await _anonymous.PostAsJsonAsync("/things", new { name = "x", places = 1, startsOn = "2026-09-01" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var client = _app.GetTestClient().WithToken(TestTokens.Coordinator("some-other-api"));

        var response = await client.GetAsync("/coordinators-only");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_role_policy_refuses_other_roles_with_403()
    {
        var mentor = _app.GetTestClient().WithToken(TestTokens.Mentor(DefaultsHost.Audience, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.GetAsync("/coordinators-only")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _coordinator.GetAsync("/coordinators-only")).StatusCode);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field()
    {
        var response = await _coordinator.PostAsync("/things",
            new StringContent("""{"name":"Bakkerij","places":"many","startsOn":"2026-09-01"}""", Encoding.UTF8, "application/json"));

        var errors = await AssertFieldErrorAsync(response, "places");
        Assert.Equal("This value must be a whole number.", errors.GetProperty("places")[0].GetString());
    }

    [Fact]
    public async Task A_wrong_date_says_how_to_write_one()
    {
        var response = await _coordinator.PostAsync("/things",
            new StringContent("""{"name":"Bakkerij","places":2,"startsOn":"1 september"}""", Encoding.UTF8, "application/json"));

        var errors = await AssertFieldErrorAsync(response, "startsOn");
        Assert.Equal("This value must be a date written as yyyy-mm-dd.", errors.GetProperty("startsOn")[0].GetString());
    }

    [Fact]
    public async Task An_unknown_choice_lists_the_allowed_values_as_the_service_spells_them_and_no_type_names()
    {
        var response = await _coordinator.PostAsync("/ratings",
            new StringContent("""{"rating":"excellent"}""", Encoding.UTF8, "application/json"));

        var message = (await AssertFieldErrorAsync(response, "rating")).GetProperty("rating")[0].GetString();
        Assert.Equal("This value must be one of: needsAttention, sufficient, strong.", message);
    }

    [Fact]
    public async Task A_malformed_optional_id_is_named_without_type_names()
    {
        var response = await _coordinator.PostAsync("/ratings",
            new StringContent("""{"rating":"strong","studentId":"b001"}""", Encoding.UTF8, "application/json"));

        var message = (await AssertFieldErrorAsync(response, "studentId")).GetProperty("studentId")[0].GetString();
        Assert.StartsWith("This value must be an id", message);
        Assert.DoesNotContain("System.", message);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_not_a_500()
    {
        var response = await _coordinator.PostAsync("/things", new StringContent("""{"name": """, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unparsable_query_value_is_a_400_naming_the_parameter()
    {
        var response = await _coordinator.GetAsync($"/things/{Guid.NewGuid()}?page=abc");

        await AssertFieldErrorAsync(response, "page");
    }

    [Fact]
    public async Task A_domain_rule_reaches_the_caller_as_a_400_on_its_field()
    {
        var response = await _coordinator.PostAsync("/rules", null);

        var errors = await AssertFieldErrorAsync(response, "kvkNumber");
        Assert.Contains("8 digits", errors.GetProperty("kvkNumber")[0].GetString());
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_problem_without_internals()
    {
        var response = await _coordinator.GetAsync("/fails");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret internals", await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"Expected an error for '{field}', got {errors}.");
        return errors.Clone();
    }
}
