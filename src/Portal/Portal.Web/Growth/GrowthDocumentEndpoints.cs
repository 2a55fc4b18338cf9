using Microsoft.AspNetCore.Authentication;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Auth;
using PartnershipHub.Portal.Growth;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Portal.Extensions;

public static class GrowthDocumentEndpoints
{
    /// <summary>
    /// <c>GET /students/{id}/growth.pdf</c>: a plain HTTP request (a download, not the circuit), so the tokens come
    /// straight from the cookie. Guidance decides who may read the progress; the portal only passes its refusal on.
    /// </summary>
    public static WebApplication MapGrowthDocumentEndpoints(this WebApplication app)
    {
        app.MapGet("/students/{id:guid}/growth.pdf", async (Guid id, HttpContext context, UserTokens tokens, GuidanceApi guidance, GrowthDocumentBuilder builder, PortalSettings settings) =>
        {
            if (!settings.GrowthDocumentEnabled)
            {
                return Results.Problem(
                    "The growth document needs a PDFsharp licence choice (Pdf:License); see docs/portal.md.",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            if (await context.GetTokenAsync("access_token") is { } accessToken)
            {
                tokens.Set(new TokenSet(accessToken, await context.GetTokenAsync("refresh_token"),
                    TokenEndpointClient.ParseExpiry(await context.GetTokenAsync("expires_at"))));
            }

            var progress = await guidance.ProgressAsync(id, context.RequestAborted);
            if (progress.Value is not { } data)
            {
                return Results.StatusCode(progress.Problem?.Status is > 0 and var status ? status : StatusCodes.Status502BadGateway);
            }

            var assessments = await guidance.AssessmentsAsync(id, context.RequestAborted);
            var reviews = await guidance.ReviewsAsync(id, context.RequestAborted);
            var pdf = builder.Build(new GrowthDocumentData(data, assessments.Value ?? [], reviews.Value ?? []));
            return Results.File(pdf, "application/pdf", $"groeidocument-{data.StudentNumber ?? id.ToString()}.pdf");
        }).RequireAuthorization(policy => policy.RequireRole(Roles.Mentor, Roles.Coordinator, Roles.Teacher));
        return app;
    }
}
