using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Extensions;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Features.Account;

/// <summary>
/// Optional second factor for staff: an authenticator app (TOTP) enrolled on <c>/account/two-factor</c>, asked for
/// after the password on every sign-in once enabled. Trainers and students keep password-only sign-in.
/// </summary>
public static class TwoFactorApi
{
    public static IEndpointRouteBuilder MapTwoFactorApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                HtmlPage.AddSecurityHeaders(context.HttpContext.Response);
                return await next(context);
            });
        account.MapGet("/login/two-factor", ShowCodePageAsync);
        account.MapPost("/login/two-factor", VerifyCodeAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        account.MapGet("/two-factor", ShowEnrolmentAsync);
        account.MapPost("/two-factor", EnableAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        return app;
    }

    private static async Task<Results<ContentHttpResult, RedirectHttpResult>> ShowCodePageAsync(
        HttpContext context, IAntiforgery antiforgery, SignInManager<ApplicationUser> signIn, string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return TypedResults.LocalRedirect("/account/login");
        }

        return CodePage(context, antiforgery, AccountApi.LocalOrDefault(returnUrl), new Dictionary<string, string[]>(), StatusCodes.Status200OK);
    }

    private static async Task<Results<ContentHttpResult, RedirectHttpResult>> VerifyCodeAsync(
        [FromForm] TwoFactorForm? posted,
        HttpContext context,
        IAntiforgery antiforgery,
        SignInManager<ApplicationUser> signIn,
        AuditLog audit,
        IdentityDbContext db)
    {
        // A post without any of the form's fields binds no object at all.
        var form = posted ?? new TwoFactorForm();
        var returnUrl = AccountApi.LocalOrDefault(form.ReturnUrl);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return TypedResults.LocalRedirect("/account/login");
        }

        var errors = form.Validate();
        if (errors.Count > 0)
        {
            return CodePage(context, antiforgery, returnUrl, errors, StatusCodes.Status400BadRequest);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(form.Digits!, isPersistent: false, rememberClient: false);
        audit.Record(
            result.Succeeded ? AuditEvents.SignInSucceeded : result.IsLockedOut ? AuditEvents.LockedOut : AuditEvents.SignInFailed,
            user.Id,
            detail: "authenticator code");
        await db.SaveChangesAsync(context.RequestAborted);
        return result.Succeeded
            ? TypedResults.LocalRedirect(returnUrl)
            : CodePage(context, antiforgery, returnUrl, new Dictionary<string, string[]> { ["code"] = ["De code klopt niet of is verlopen. / The code is wrong or has expired."] }, StatusCodes.Status200OK);
    }

    private static async Task<Results<ContentHttpResult, RedirectHttpResult>> ShowEnrolmentAsync(
        HttpContext context, IAntiforgery antiforgery, UserManager<ApplicationUser> users)
    {
        var user = await SignedInStaffAsync(context, users);
        if (user is null)
        {
            return TypedResults.LocalRedirect($"/account/login?returnUrl={Uri.EscapeDataString("/account/two-factor")}");
        }

        if (!await IsStaffAsync(users, user))
        {
            return NotForThisAccount();
        }

        if (user.TwoFactorEnabled)
        {
            return HtmlPage.Render("Tweestapsverificatie / Two-step verification", "<p>Tweestapsverificatie staat aan. / Two-step verification is on.</p>");
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        return EnrolmentPage(context, antiforgery, user, key!, new Dictionary<string, string[]>(), StatusCodes.Status200OK);
    }

    private static async Task<Results<ContentHttpResult, RedirectHttpResult>> EnableAsync(
        [FromForm] TwoFactorForm? posted,
        HttpContext context,
        IAntiforgery antiforgery,
        UserManager<ApplicationUser> users,
        AuditLog audit,
        IdentityDbContext db)
    {
        // A post without any of the form's fields binds no object at all.
        var form = posted ?? new TwoFactorForm();
        var user = await SignedInStaffAsync(context, users);
        if (user is null)
        {
            return TypedResults.LocalRedirect("/account/login");
        }

        if (!await IsStaffAsync(users, user))
        {
            return NotForThisAccount();
        }

        var key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        var errors = form.Validate();
        if (errors.Count == 0 && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, form.Digits!))
        {
            errors["code"] = ["De code klopt niet; probeer de volgende. / The code is wrong; try the next one."];
        }

        if (errors.Count > 0)
        {
            return EnrolmentPage(context, antiforgery, user, key, errors, StatusCodes.Status400BadRequest);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        audit.Record(AuditEvents.TwoFactorEnabled, user.Id);
        await db.SaveChangesAsync(context.RequestAborted);
        return HtmlPage.Render("Tweestapsverificatie / Two-step verification", "<p>Tweestapsverificatie staat nu aan. / Two-step verification is now on.</p>");
    }

    private static ContentHttpResult NotForThisAccount() => HtmlPage.Render(
        "Tweestapsverificatie / Two-step verification",
        "<p>Tweestapsverificatie is er voor medewerkers van de school. / Two-step verification is for school staff.</p>",
        StatusCodes.Status403Forbidden);

    private static async Task<ApplicationUser?> SignedInStaffAsync(HttpContext context, UserManager<ApplicationUser> users)
    {
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return cookie.Succeeded ? await users.GetUserAsync(cookie.Principal) : null;
    }

    private static async Task<bool> IsStaffAsync(UserManager<ApplicationUser> users, ApplicationUser user) =>
        (await users.GetRolesAsync(user)).Intersect(Roles.Staff).Any();

    private static ContentHttpResult CodePage(
        HttpContext context, IAntiforgery antiforgery, string returnUrl, IReadOnlyDictionary<string, string[]> errors, int statusCode) =>
        HtmlPage.Render(
            "Verificatiecode / Verification code",
            $"""
             {HtmlPage.Errors(errors)}
             <form method="post" action="/account/login/two-factor">
             {HtmlPage.AntiforgeryField(antiforgery, context)}
             <input type="hidden" name="returnUrl" value="{HtmlPage.Encode(returnUrl)}">
             <label for="code">Code uit je authenticator-app / Code from your authenticator app</label>
             <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required>
             <button type="submit">Verder / Continue</button>
             </form>
             """,
            statusCode);

    private static ContentHttpResult EnrolmentPage(
        HttpContext context, IAntiforgery antiforgery, ApplicationUser user, string key, IReadOnlyDictionary<string, string[]> errors, int statusCode)
    {
        var uri = $"otpauth://totp/PartnershipHub:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=PartnershipHub&digits=6";
        return HtmlPage.Render(
            "Tweestapsverificatie instellen / Set up two-step verification",
            $"""
             {HtmlPage.Errors(errors)}
             <p>Voeg deze sleutel toe in je authenticator-app / Add this key to your authenticator app:</p>
             <p><code data-key="{HtmlPage.Encode(key)}">{HtmlPage.Encode(Grouped(key))}</code></p>
             <p class="hint"><a href="{HtmlPage.Encode(uri)}">{HtmlPage.Encode(uri)}</a></p>
             <form method="post" action="/account/two-factor">
             {HtmlPage.AntiforgeryField(antiforgery, context)}
             <label for="code">Code uit de app / Code from the app</label>
             <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required>
             <button type="submit">Aanzetten / Turn on</button>
             </form>
             """,
            statusCode);
    }

    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
