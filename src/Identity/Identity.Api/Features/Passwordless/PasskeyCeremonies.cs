using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>
/// Keeps the options of a running passkey ceremony between the browser's two calls: the row in the database, its id in
/// a short-lived cookie of this browser. Taking it deletes it, so every challenge is answered at most once.
/// </summary>
public sealed class PasskeyCeremonies(IdentityDbContext db, TimeProvider time, IOptions<IdentitySettings> settings)
{
    private const string CookieName = "ph.passkey";

    public async Task StartAsync(HttpContext context, string purpose, Guid? userId, string optionsJson)
    {
        var now = time.GetUtcNow();
        // Abandoned ceremonies go when the next one starts; there is no other reason to keep them.
        await db.PasskeyCeremonies.Where(c => c.ExpiresAt < now).ExecuteDeleteAsync(context.RequestAborted);
        var ceremony = PasskeyCeremony.Start(purpose, userId, optionsJson, now);
        db.PasskeyCeremonies.Add(ceremony);
        await db.SaveChangesAsync(context.RequestAborted);
        context.Response.Cookies.Append(CookieName, ceremony.Id.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps || !settings.Value.AllowHttp,
            Path = "/account",
            MaxAge = PasskeyCeremony.Validity,
        });
    }

    /// <summary>The options of this browser's open ceremony of <paramref name="purpose"/>, removed on the way; null if there is none.</summary>
    public async Task<PasskeyCeremony?> TakeAsync(HttpContext context, string purpose)
    {
        if (!Guid.TryParseExact(context.Request.Cookies[CookieName], "N", out var id))
        {
            return null;
        }

        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/account" });
        var ceremony = await db.PasskeyCeremonies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.Purpose == purpose, context.RequestAborted);
        // Only the request that deletes the row may use it, on whichever replica.
        var taken = ceremony is not null && await db.PasskeyCeremonies.Where(c => c.Id == id).ExecuteDeleteAsync(context.RequestAborted) == 1;
        return taken && ceremony!.ExpiresAt > time.GetUtcNow() ? ceremony : null;
    }
}
