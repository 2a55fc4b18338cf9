using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.ServiceDefaults.Tests;

/// <summary>A request that hangs (a stuck statement, a lost connection) ends with a 504 problem instead of never.</summary>
public sealed class RequestTimeoutTests : IAsyncLifetime
{
    private readonly TaskCompletionSource<bool> _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration["Identity:Authority"] = TestTokens.Issuer;
        builder.Configuration["Identity:Audience"] = DefaultsHost.Audience;
        builder.Configuration["Http:RequestTimeout"] = "00:00:00.500";
        builder.Configuration["Http:LongRequestTimeout"] = "00:00:20";
        builder.AddServiceDefaults();

        _app = builder.Build();
        _app.MapDefaultEndpoints();
        _app.UseApiRequestTimeouts();
        _app.MapGet("/hangs", async (HttpContext context) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // What a database command does when its token fires: it stops, and the transaction rolls back.
                _cancelled.TrySetResult(true);
                throw;
            }

            return "never";
        }).AllowAnonymous();
        _app.MapGet("/imports", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5), context.RequestAborted);
            return "imported";
        }).AllowAnonymous().WithLongRunningTimeout();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_request_that_hangs_is_stopped_and_answered_with_a_504_problem()
    {
        var response = await _client.GetAsync("/hangs");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(504, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("did not finish within", problem.RootElement.GetProperty("detail").GetString());
        // The handler's token fired: its work was cancelled, not left running behind the answer.
        Assert.True(await _cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_long_running_endpoint_gets_the_long_timeout()
    {
        var response = await _client.GetAsync("/imports");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("imported", await response.Content.ReadAsStringAsync());
    }
}
