using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartnershipHub.Portal.Localization;
using PartnershipHub.Portal.PersonalData;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class PersonalDataExportTests
{
    private static readonly Guid StudentId = Guid.Parse("5eed0000-0000-0000-0000-00000000b001");
    private static readonly string ExportPath = $"/api/students/{StudentId}/export";

    [Fact]
    public async Task Every_service_export_goes_into_one_zip_with_a_note_in_the_users_language()
    {
        var services = new ServiceAnswers
        {
            ["students"] = (HttpStatusCode.OK, """{"service":"students","student":{"name":"Sanne"}}"""),
            ["internships"] = (HttpStatusCode.OK, """{"service":"internships","placements":[]}"""),
            ["guidance"] = (HttpStatusCode.NotFound, ""),
            ["notifications"] = (HttpStatusCode.OK, """{"service":"notifications","notifications":[]}"""),
            ["insights"] = (HttpStatusCode.OK, """{"service":"insights","surveys":[{"companyName":"Bakkerij De Korenbloem","scores":{"atmosphere":4}}]}"""),
        };

        var download = await InDutch(() => Export(services).BuildAsync(StudentId, "token-of-the-mentor", CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, download.Status);
        using var zip = new ZipArchive(new MemoryStream(download.Zip!));
        Assert.Equal(["students.json", "internships.json", "notifications.json", "insights.json", "LEESMIJ.txt"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(["students", "internships", "guidance", "notifications", "insights"], services.Requests.Select(r => r.Service));
        Assert.Contains("Bakkerij De Korenbloem", Read(zip, "insights.json"));
        Assert.Contains("Sanne", Read(zip, "students.json"));
        var note = Read(zip, "LEESMIJ.txt");
        Assert.Contains("stages, praktijkovereenkomst, uren", note);
        Assert.Contains("beoordelingen, plan, voortgangsgesprekken en signalen: hier zijn geen gegevens over deze student opgeslagen", note);
        Assert.Contains("- notifications.json: meldingen, taken, verstuurde e-mails en meldingsvoorkeuren", note);
        Assert.Contains("- insights.json: enquêtes aan het eind van een stage, met je antwoorden", note);
        Assert.All(services.Requests, request => Assert.Equal("Bearer token-of-the-mentor", request.Authorization));
        Assert.All(services.Requests, request => Assert.Equal(ExportPath, request.Path));
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task When_Students_refuses_nothing_else_is_asked(HttpStatusCode refusal)
    {
        var services = new ServiceAnswers { ["students"] = (refusal, "") };

        var download = await Export(services).BuildAsync(StudentId, "token-of-another-student", CancellationToken.None);

        Assert.Equal(refusal, download.Status);
        Assert.Null(download.Zip);
        Assert.Equal(["students"], services.Requests.Select(r => r.Service));
    }

    [Fact]
    public async Task A_service_that_is_down_is_named_in_the_note_not_a_failed_download()
    {
        var services = new ServiceAnswers
        {
            ["students"] = (HttpStatusCode.OK, "{}"),
            ["internships"] = (HttpStatusCode.InternalServerError, ""),
            ["guidance"] = (HttpStatusCode.OK, "{}"),
            ["notifications"] = (HttpStatusCode.ServiceUnavailable, ""),
            ["insights"] = (HttpStatusCode.InternalServerError, ""),
        };

        var download = await InEnglish(() => Export(services).BuildAsync(StudentId, "t", CancellationToken.None));

        using var zip = new ZipArchive(new MemoryStream(download.Zip!));
        var note = Read(zip, "README.txt");
        Assert.Contains("placements, agreement, hours, assignments and contacts: not available right now", note);
        Assert.Contains("notifications, work items, mails sent and notification preferences: not available right now", note);
        Assert.Contains("end-of-placement surveys, with your answers: not available right now", note);
        Assert.Equal(["students.json", "guidance.json", "README.txt"], zip.Entries.Select(e => e.FullName));
    }

    private static PersonalDataExport Export(ServiceAnswers services) => new(services, Text());

    private static IStringLocalizer<SharedResource> Text() =>
        new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static Task<T> InDutch<T>(Func<Task<T>> work) => In("nl-NL", work);

    private static Task<T> InEnglish<T>(Func<Task<T>> work) => In("en", work);

    private static async Task<T> In<T>(string culture, Func<Task<T>> work)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return await work();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>Answers per service (the client's name is its host), and remembers what each was asked.</summary>
    private sealed class ServiceAnswers : Dictionary<string, (HttpStatusCode Status, string Json)>, IHttpClientFactory
    {
        public List<(string Service, string Path, string? Authorization)> Requests { get; } = [];

        public HttpClient CreateClient(string name) => new(new Handler(this, name)) { BaseAddress = new Uri($"http://{name}") };

        private sealed class Handler(ServiceAnswers answers, string service) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                answers.Requests.Add((service, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString()));
                var (status, json) = answers.TryGetValue(service, out var answer) ? answer : (HttpStatusCode.NotFound, "");
                return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
            }
        }
    }
}
