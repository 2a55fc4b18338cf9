using Microsoft.AspNetCore.Authentication;
using PartnershipHub.Portal.Auth;
using PartnershipHub.Portal.Growth;

namespace PartnershipHub.Portal.Extensions;

public static class GrowthDocumentEndpoints
{
    /// <summary>
    /// <c>GET /students/{id}/growth.pdf</c>: a plain HTTP request (a download, not the circuit), so the tokens come
    /// straight from the cookie. Any signed-in user may ask; a wrong role or relationship gets a page saying so
    /// (<see cref="GrowthDocumentDownload"/>), not the sign-in's access-denied redirect.
    /// </summary>
    public static WebApplication MapGrowthDocumentEndpoints(this WebApplication app)
    {
        app.MapGet("/students/{id:guid}/growth.pdf", async (Guid id, HttpContext context, UserTokens tokens, GrowthDocumentDownload download) =>
        {
            if (await context.GetTokenAsync("access_token") is { } accessToken)
            {
                tokens.Set(new TokenSet(accessToken, await context.GetTokenAsync("refresh_token"),
                    TokenEndpointClient.ParseExpiry(await context.GetTokenAsync("expires_at"))));
            }

            return await download.AnswerAsync(id, context.User, context.RequestAborted);
        }).RequireAuthorization();
        return app;
    }
}
