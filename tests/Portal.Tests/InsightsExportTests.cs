using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PartnershipHub.Portal.Insights;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The dashboard's CSV download: asked of Insights with the user's token and language, passed on as it came.</summary>
public sealed class InsightsExportTests
{
    private static readonly Dictionary<string, string?> Filters = new()
    {
        ["crebo"] = "25655",
        ["cohort"] = "",
        ["periodId"] = null,
        ["from"] = "2025-01-01",
        ["to"] = "2026-12-31",
        ["studentId"] = "5eed0000-0000-0000-0000-00000000b001",
    };

    [Fact]
    public async Task The_section_is_asked_with_the_users_token_language_and_filters_and_passed_on_with_its_file_name()
    {
        var insights = new Insights(HttpStatusCode.OK, "Maand;Aantal\n1;6\n", "vroegtijdig-vertrek.csv");

        var download = await new InsightsExport(insights).OpenAsync("early-leaving", Filters, "en", "token-of-the-coordinator", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("vroegtijdig-vertrek.csv", download.FileName);
        using var answer = download.Answer!;
        Assert.Equal("Maand;Aantal\n1;6\n", await answer.Content.ReadAsStringAsync());
        var (path, authorization) = Assert.Single(insights.Requests);
        // Only the dashboard's own filters travel on; nothing the address may add besides.
        Assert.Equal("/api/insights/early-leaving/export?crebo=25655&from=2025-01-01&to=2026-12-31&language=en", path);
        Assert.Equal("Bearer token-of-the-coordinator", authorization);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.BadRequest, HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway)]
    public async Task A_refusal_is_told_apart_from_a_service_that_failed(HttpStatusCode answered, HttpStatusCode told)
    {
        var download = await new InsightsExport(new Insights(answered, "", null)).OpenAsync("signals", Filters, "nl", "t", CancellationToken.None);

        Assert.Equal(told, download.Status);
        Assert.Null(download.Answer);
    }

    [Fact]
    public async Task An_unknown_section_is_not_asked_for()
    {
        var insights = new Insights(HttpStatusCode.OK, "", null);

        var download = await new InsightsExport(insights).OpenAsync("students", Filters, "nl", "t", CancellationToken.None);

        Assert.Equal(HttpStatusCode.NotFound, download.Status);
        Assert.Empty(insights.Requests);
    }

    [Fact]
    public async Task Insights_out_of_reach_is_a_bad_gateway_not_an_exception()
    {
        var download = await new InsightsExport(new Insights(null, "", null)).OpenAsync("companies", Filters, "nl", "t", CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadGateway, download.Status);
    }

    /// <summary>Insights answering one status (null: not reachable), remembering each path and Authorization header.</summary>
    private sealed class Insights(HttpStatusCode? status, string csv, string? fileName) : IHttpClientFactory
    {
        public List<(string Path, string? Authorization)> Requests { get; } = [];

        private HttpStatusCode? Status => status;

        private string Csv => csv;

        private string? FileName => fileName;

        public HttpClient CreateClient(string name)
        {
            Assert.Equal("insights", name);
            return new HttpClient(new Handler(this)) { BaseAddress = new Uri("http://insights") };
        }

        private sealed class Handler(Insights insights) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                insights.Requests.Add((request.RequestUri!.PathAndQuery, request.Headers.Authorization?.ToString()));
                if (insights.Status is not { } answered)
                {
                    throw new HttpRequestException("Connection refused");
                }

                var content = new StringContent(insights.Csv, Encoding.UTF8, "text/csv");
                if (insights.FileName is { } name)
                {
                    content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name };
                }

                return Task.FromResult(new HttpResponseMessage(answered) { Content = content });
            }
        }
    }
}
