namespace PartnershipHub.Identity.Extensions;

public static class RequestPipeline
{
    /// <summary>
    /// Rate limits run before authentication, because OpenIddict handles the token request inside the
    /// authentication middleware; antiforgery runs after it, to check the sign-in forms.
    /// </summary>
    public static WebApplication UseIdentityPipeline(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
