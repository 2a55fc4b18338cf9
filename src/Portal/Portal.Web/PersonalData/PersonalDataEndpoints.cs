using System.Net;
using Microsoft.AspNetCore.Authentication;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Portal.PersonalData;

public static class PersonalDataEndpoints
{
    /// <summary>
    /// <c>/students/{id}/personal-data.zip</c>: the student's own data for the student, their mentor, care staff and a
    /// coordinator; every service checks the relationship itself with the user's token.
    /// </summary>
    public static WebApplication MapPersonalDataEndpoints(this WebApplication app)
    {
        app.MapGet("/students/{id:guid}/personal-data.zip", async (Guid id, HttpContext context, PersonalDataExport export) =>
        {
            if (await context.GetTokenAsync("access_token") is not { } accessToken)
            {
                return Results.Unauthorized();
            }

            var download = await export.BuildAsync(id, accessToken, context.RequestAborted);
            return download.Zip is { } zip
                ? Results.File(zip, "application/zip", $"personal-data-{id}.zip")
                : Results.StatusCode((int)download.Status);
        }).RequireAuthorization(policy => policy.RequireRole(Roles.Student, Roles.Mentor, Roles.Care, Roles.Coordinator));
        return app;
    }
}
