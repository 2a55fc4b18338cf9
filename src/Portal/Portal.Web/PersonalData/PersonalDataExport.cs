using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Localization;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.PersonalData;

/// <summary>What a download of a student's data came to: the zip, or the status to answer (403 when Students refuses).</summary>
public sealed record PersonalDataDownload(byte[]? Zip, HttpStatusCode Status);

/// <summary>
/// One download of everything the system holds about a student (the right of access): each service's own export,
/// fetched with the signed-in user's token, so every service decides itself who may have it, put in one zip with a
/// note in the user's language saying what each part is and which service held nothing. Students decides first: if
/// it refuses, nothing else is asked.
/// </summary>
public sealed class PersonalDataExport(IHttpClientFactory httpClients, IStringLocalizer<SharedResource> text)
{
    /// <summary>The services that hold data about a student, in the order the note lists them.</summary>
    public static readonly string[] Services = [ResourceNames.Students, ResourceNames.Internships, ResourceNames.Guidance, ResourceNames.Notifications, ResourceNames.Insights];

    public async Task<PersonalDataDownload> BuildAsync(Guid studentId, string accessToken, CancellationToken cancellationToken)
    {
        var parts = new List<(string Service, HttpStatusCode Status, byte[] Json)>();
        foreach (var service in Services)
        {
            var (status, json) = await FetchAsync(service, studentId, accessToken, cancellationToken);
            if (service == ResourceNames.Students && status != HttpStatusCode.OK)
            {
                return new PersonalDataDownload(null, status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound ? status : HttpStatusCode.BadGateway);
            }

            parts.Add((service, status, json));
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var note = new StringBuilder(text["PersonalData.NoteIntro"]).AppendLine().AppendLine();
            foreach (var (service, status, json) in parts)
            {
                if (status == HttpStatusCode.OK)
                {
                    await WriteAsync(archive, $"{service}.json", json, cancellationToken);
                    note.AppendLine(text["PersonalData.Part", $"{service}.json", text[$"PersonalData.Service.{service}"]]);
                }
                else
                {
                    note.AppendLine(text[status == HttpStatusCode.NotFound ? "PersonalData.NothingHeld" : "PersonalData.NotAvailable",
                        text[$"PersonalData.Service.{service}"]]);
                }
            }

            await WriteAsync(archive, text["PersonalData.NoteFile"], Encoding.UTF8.GetBytes(note.ToString()), cancellationToken);
        }

        return new PersonalDataDownload(zip.ToArray(), HttpStatusCode.OK);
    }

    private async Task<(HttpStatusCode Status, byte[] Json)> FetchAsync(string service, Guid studentId, string accessToken, CancellationToken cancellationToken)
    {
        try
        {
            using var http = httpClients.CreateClient(service);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/students/{studentId}/export");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await http.SendAsync(request, cancellationToken);
            return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }
        catch (HttpRequestException)
        {
            return (HttpStatusCode.ServiceUnavailable, []);
        }
    }

    private static async Task WriteAsync(ZipArchive archive, string name, byte[] content, CancellationToken cancellationToken)
    {
        await using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        await entry.WriteAsync(content, cancellationToken);
    }
}
