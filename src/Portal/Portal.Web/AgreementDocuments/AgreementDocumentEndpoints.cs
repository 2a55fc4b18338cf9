using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.AgreementDocuments;

public static class AgreementDocumentEndpoints
{
    /// <summary>
    /// <c>GET /placements/{id}/agreement/documents/{documentId}</c>: a paper agreement's scan as a download (a plain HTTP
    /// request, so the token comes from the cookie). Internships decides who may read it; its refusal is passed on.
    /// </summary>
    public static WebApplication MapAgreementDocumentEndpoints(this WebApplication app)
    {
        app.MapGet("/placements/{id:guid}/agreement/documents/{documentId:guid}", async (Guid id, Guid documentId, HttpContext context, IHttpClientFactory clients) =>
        {
            using var http = clients.CreateClient(ResourceNames.Internships);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/placements/{id}/agreement/documents/{documentId}");
            if (await context.GetTokenAsync("access_token") is { } accessToken)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            }

            try
            {
                using var response = await http.SendAsync(request, context.RequestAborted);
                if (!response.IsSuccessStatusCode)
                {
                    return Results.StatusCode((int)response.StatusCode);
                }

                var content = await response.Content.ReadAsByteArrayAsync(context.RequestAborted);
                var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "overeenkomst.pdf";
                return Results.File(content, "application/pdf", name);
            }
            catch (HttpRequestException)
            {
                return Results.StatusCode(StatusCodes.Status502BadGateway);
            }
        });
        return app;
    }
}
