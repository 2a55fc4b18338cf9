using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Extensions;
using PartnershipHub.Identity.Features.Federation;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Account;

/// <summary>
/// The sign-in page. Every failure (unknown address, wrong password, locked or deactivated account) reads the same
/// and costs one password hash, so neither the message nor the timing tells whether an account exists.
/// </summary>
public static class AccountApi
{
    private const string GenericFailure =
        "Inloggen is niet gelukt: controleer je e-mailadres en wachtwoord, of probeer het later opnieuw. / Sign-in failed: check your e-mail address and password, or try again later.";

    // Verified against when there is no real hash to check, so a failure always costs the same.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                HtmlPage.AddSecurityHeaders(context.HttpContext.Response);
                return await next(context);
            });
        account.MapGet("/login", ShowLogin);
        account.MapPost("/login", SignInAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        account.MapGet("/", ShowSignedInAsync);
        return app;
    }

    private static ContentHttpResult ShowLogin(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        LoginPage(context, antiforgery, new LoginForm { ReturnUrl = returnUrl }, new Dictionary<string, string[]>(), StatusCodes.Status200OK);

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> SignInAsync(
        [FromForm] LoginForm? posted,
        HttpContext context,
        IAntiforgery antiforgery,
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        IPasswordHasher<ApplicationUser> hasher,
        AccountAttemptLimiter limiter,
        AuditLog audit,
        IdentityDbContext db)
    {
        // A post without any of the form's fields binds no object at all.
        var form = posted ?? new LoginForm();
        var errors = form.Validate();
        if (errors.Count > 0)
        {
            return LoginPage(context, antiforgery, form, errors, StatusCodes.Status400BadRequest);
        }

        var attempt = limiter.TryAttempt(AccountAttemptLimiter.Password, form.Email!);
        if (!attempt.IsAllowed)
        {
            audit.Record(AuditEvents.AttemptsLimited, null, detail: "password sign-in");
            await db.SaveChangesAsync(context.RequestAborted);
            return TooManyAttemptsPage.Render(context, attempt.RetryAfter);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is null || !user.IsActive)
        {
            hasher.VerifyHashedPassword(new ApplicationUser(), DummyHash.Value, form.Password!);
            audit.Record(AuditEvents.SignInFailed, user?.Id, detail: user is null ? "unknown account" : "deactivated account");
            await db.SaveChangesAsync(context.RequestAborted);
            return Failed(context, antiforgery, form);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            audit.Record(AuditEvents.SignInSucceeded, user.Id, detail: "password");
            await db.SaveChangesAsync(context.RequestAborted);
            return TypedResults.LocalRedirect(LocalOrDefault(form.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            // The password was right; SignInManager holds the user in its two-factor cookie until the code is given.
            return TypedResults.LocalRedirect($"/account/login/two-factor?returnUrl={Uri.EscapeDataString(LocalOrDefault(form.ReturnUrl))}");
        }

        if (result.IsLockedOut)
        {
            // A locked account skips the hash inside SignInManager; pay it here so it answers as slowly as the rest.
            hasher.VerifyHashedPassword(user, user.PasswordHash ?? DummyHash.Value, form.Password!);
        }

        audit.Record(result.IsLockedOut ? AuditEvents.LockedOut : AuditEvents.SignInFailed, user.Id, detail: "password");
        await db.SaveChangesAsync(context.RequestAborted);
        return Failed(context, antiforgery, form);
    }

    private static async Task<ContentHttpResult> ShowSignedInAsync(HttpContext context, UserManager<ApplicationUser> users)
    {
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal) : null;
        return user is null
            ? HtmlPage.Render("PartnershipHub", """<p><a href="/account/login">Inloggen / Sign in</a></p>""")
            : HtmlPage.Render("PartnershipHub", $"""<p>Ingelogd als / Signed in as {HtmlPage.Encode(user.DisplayName)}.</p><p><a href="/connect/logout">Uitloggen / Sign out</a></p>""");
    }

    private static ContentHttpResult Failed(HttpContext context, IAntiforgery antiforgery, LoginForm form) =>
        LoginPage(context, antiforgery, form, new Dictionary<string, string[]> { ["form"] = [GenericFailure] }, StatusCodes.Status200OK);

    private static ContentHttpResult LoginPage(
        HttpContext context, IAntiforgery antiforgery, LoginForm form, IReadOnlyDictionary<string, string[]> errors, int statusCode) =>
        HtmlPage.Render(
            "Inloggen / Sign in",
            $"""
             {HtmlPage.Errors(errors)}
             <form method="post" action="/account/login">
             {HtmlPage.AntiforgeryField(antiforgery, context)}
             <input type="hidden" name="returnUrl" value="{HtmlPage.Encode(LocalOrDefault(form.ReturnUrl))}">
             <label for="email">E-mailadres / E-mail address</label>
             <input id="email" name="email" type="email" autocomplete="username" required value="{HtmlPage.Encode(form.Email)}">
             <label for="password">Wachtwoord / Password</label>
             <input id="password" name="password" type="password" autocomplete="current-password" required>
             <button type="submit">Inloggen / Sign in</button>
             </form>
             {FederationPages.Buttons(context, form.ReturnUrl)}
             <p class="hint">Nog geen wachtwoord? Gebruik de link uit je uitnodigingsmail. / No password yet? Use the link in your invitation mail.</p>
             <p class="hint"><a href="/account/forgot-password">Wachtwoord vergeten? / Forgot your password?</a></p>
             <p><a href="/account/login/code?returnUrl={Uri.EscapeDataString(LocalOrDefault(form.ReturnUrl))}">Inloggen met een code per e-mail / Sign in with a code by e-mail</a></p>
             <button type="button" id="passkey-sign-in" hidden>Inloggen met passkey / Sign in with a passkey</button>
             <p id="passkey-status" role="status"></p>
             <script src="/account/passkeys.js"></script>
             """,
            statusCode);

    /// <summary>
    /// Only paths on this server, otherwise the home page: an absolute or protocol-relative URL would make this an open
    /// redirect. Browsers drop tabs and line breaks inside a URL and read a backslash as a slash, so "/&lt;tab&gt;/evil.example"
    /// and "/\evil.example" leave the site too; control characters and backslashes (also percent-encoded, in the path)
    /// are refused as well (LocalRedirect would throw on them: a 500).
    /// </summary>
    internal static string LocalOrDefault(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= MaxReturnUrlLength } url && IsPathOnThisServer(url) ? url : "/account/";

    private const int MaxReturnUrlLength = 4096;

    private static bool IsPathOnThisServer(string url)
    {
        if (url[0] != '/' || url.Any(char.IsControl))
        {
            return false;
        }

        var path = url.Split('?', '#')[0];
        var decoded = Uri.UnescapeDataString(path);
        return !decoded.StartsWith("//", StringComparison.Ordinal) && !decoded.Contains('\\') && !decoded.Any(char.IsControl);
    }
}
