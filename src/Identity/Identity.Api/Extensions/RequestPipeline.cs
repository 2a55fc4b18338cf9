namespace PartnershipHub.Identity.Extensions;

public static class RequestPipeline
{
    /// <summary>
    /// Forwarded headers first (from trusted proxies only), so rate limits and the audit log see the real client.
    /// Rate limits run before authentication, because OpenIddict handles the token request inside the
    /// authentication middleware; antiforgery runs after it, to check the sign-in forms.
    /// </summary>
    public static WebApplication UseIdentityPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
