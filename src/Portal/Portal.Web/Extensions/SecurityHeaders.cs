namespace PartnershipHub.Portal.Extensions;

/// <summary>
/// What the browser is told about the portal's pages: scripts only from the portal itself (Blazor, MudBlazor and
/// portal.js are all served here; there is no inline script), no framing, no MIME sniffing, no full URLs in the
/// Referer of outgoing links. HSTS only outside Development (plain http on loopback there).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Inline styles stay allowed: Blazor's reconnect dialog and MudBlazor's components set style attributes.
    /// <c>connect-src 'self'</c> covers the circuit's WebSocket to the same host.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });
        return app;
    }
}
