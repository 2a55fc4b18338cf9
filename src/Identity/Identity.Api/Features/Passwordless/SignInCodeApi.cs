using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Extensions;
using PartnershipHub.Identity.Features.Account;

namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>
/// Sign-in with a code or link by e-mail, for trainers who sign in a few times a year and forget passwords. Asking
/// always answers the same page; a wrong, expired, replaced or used code always the same error. The link's GET only
/// shows a button: mail scanners follow links, and must not use up the code.
/// </summary>
public static class SignInCodeApi
{
    private const string NeutralFailure =
        "De code klopt niet, is verlopen of is al gebruikt. Vraag zo nodig een nieuwe code aan. / The code is wrong, has expired or was already used. Ask for a new code if needed.";

    public static IEndpointRouteBuilder MapSignInCodeApi(this IEndpointRouteBuilder app)
    {
        var login = app.MapGroup("/account/login").AllowAnonymous().ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                HtmlPage.AddSecurityHeaders(context.HttpContext.Response);
                return await next(context);
            });
        login.MapGet("/code", ShowRequest);
        login.MapPost("/code", RequestAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        login.MapPost("/code/verify", VerifyAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        login.MapGet("/link", ShowLink);
        login.MapPost("/link", FollowLinkAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        return app;
    }

    private static ContentHttpResult ShowRequest(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        RequestPage(context, antiforgery, new SignInCodeForm { ReturnUrl = returnUrl }, [], StatusCodes.Status200OK);

    private static async Task<ContentHttpResult> RequestAsync(
        [FromForm] SignInCodeForm? posted, HttpContext context, IAntiforgery antiforgery, SignInCodes codes)
    {
        var form = posted ?? new SignInCodeForm();
        var errors = form.ValidateEmail();
        if (errors.Count > 0)
        {
            return RequestPage(context, antiforgery, form, errors, StatusCodes.Status400BadRequest);
        }

        await codes.RequestAsync(form.Email!.Trim(), AccountApi.LocalOrDefault(form.ReturnUrl), context.RequestAborted);
        return CodePage(context, antiforgery, form, [], StatusCodes.Status200OK);
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> VerifyAsync(
        [FromForm] SignInCodeForm? posted, HttpContext context, IAntiforgery antiforgery, SignInCodes codes, SignInManager<ApplicationUser> signIn)
    {
        var form = posted ?? new SignInCodeForm();
        var errors = form.ValidateCode();
        if (errors.Count > 0)
        {
            return CodePage(context, antiforgery, form, errors, StatusCodes.Status400BadRequest);
        }

        var user = await codes.RedeemDigitsAsync(form.Email!.Trim(), form.Digits!, context.RequestAborted);
        if (user is null)
        {
            return CodePage(context, antiforgery, form, new() { ["code"] = [NeutralFailure] }, StatusCodes.Status200OK);
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "otp");
        return TypedResults.LocalRedirect(AccountApi.LocalOrDefault(form.ReturnUrl));
    }

    private static ContentHttpResult ShowLink(HttpContext context, IAntiforgery antiforgery, string? token, string? returnUrl) =>
        LinkPage(context, antiforgery, new SignInLinkForm { Token = token, ReturnUrl = returnUrl }, [], StatusCodes.Status200OK);

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> FollowLinkAsync(
        [FromForm] SignInLinkForm? posted, HttpContext context, IAntiforgery antiforgery, SignInCodes codes, SignInManager<ApplicationUser> signIn)
    {
        var form = posted ?? new SignInLinkForm();
        var errors = form.Validate();
        if (errors.Count > 0)
        {
            return LinkPage(context, antiforgery, form, errors, StatusCodes.Status400BadRequest);
        }

        var user = await codes.RedeemLinkAsync(form.Token!, context.RequestAborted);
        if (user is null)
        {
            return LinkPage(context, antiforgery, form, new() { ["token"] = [NeutralFailure] }, StatusCodes.Status200OK);
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "otp");
        return TypedResults.LocalRedirect(AccountApi.LocalOrDefault(form.ReturnUrl));
    }

    private static ContentHttpResult RequestPage(
        HttpContext context, IAntiforgery antiforgery, SignInCodeForm form, Dictionary<string, string[]> errors, int statusCode)
    {
        var returnUrl = AccountApi.LocalOrDefault(form.ReturnUrl);
        return HtmlPage.Render(
            "Inloggen met een code / Sign in with a code",
            $"""
             {HtmlPage.Errors(errors)}
             <p>We sturen een code en een link naar je e-mailadres. / We send a code and a link to your e-mail address.</p>
             <form method="post" action="/account/login/code">
             {HtmlPage.AntiforgeryField(antiforgery, context)}
             <input type="hidden" name="returnUrl" value="{HtmlPage.Encode(returnUrl)}">
             <label for="email">E-mailadres / E-mail address</label>
             <input id="email" name="email" type="email" inputmode="email" autocomplete="username" required value="{HtmlPage.Encode(form.Email)}">
             <button type="submit">Stuur mij een code / Send me a code</button>
             </form>
             <p class="hint"><a href="/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}">Inloggen met wachtwoord / Sign in with a password</a></p>
             """,
            statusCode);
    }

    private static ContentHttpResult CodePage(
        HttpContext context, IAntiforgery antiforgery, SignInCodeForm form, Dictionary<string, string[]> errors, int statusCode)
    {
        var returnUrl = AccountApi.LocalOrDefault(form.ReturnUrl);
        var minutes = (int)SignInCode.Validity.TotalMinutes;
        return HtmlPage.Render(
            "Code invullen / Enter the code",
            $"""
             {HtmlPage.Errors(errors)}
             <p>Als dit adres bij ons bekend is, staat er een code in je mail. De code werkt {minutes} minuten. / If we know this address, there is a code in your mail. The code works for {minutes} minutes.</p>
             <form method="post" action="/account/login/code/verify">
             {HtmlPage.AntiforgeryField(antiforgery, context)}
             <input type="hidden" name="email" value="{HtmlPage.Encode(form.Email?.Trim())}">
             <input type="hidden" name="returnUrl" value="{HtmlPage.Encode(returnUrl)}">
             <label for="code">Code uit de mail / Code from the mail</label>
             <input id="code" name="code" type="text" inputmode="numeric" pattern="[0-9 ]*" maxlength="7" autocomplete="one-time-code" autofocus required style="font-size:2rem;letter-spacing:.3em;text-align:center">
             <button type="submit">Inloggen / Sign in</button>
             </form>
             <p class="hint"><a href="/account/login/code?returnUrl={Uri.EscapeDataString(returnUrl)}">Nieuwe code aanvragen / Ask for a new code</a></p>
             """,
            statusCode);
    }

    private static ContentHttpResult LinkPage(
        HttpContext context, IAntiforgery antiforgery, SignInLinkForm form, Dictionary<string, string[]> errors, int statusCode) =>
        HtmlPage.Render(
            "Inloggen / Sign in",
            $"""
             {HtmlPage.Errors(errors)}
             <p>Log in bij PartnershipHub met de link uit je mail. / Sign in to PartnershipHub with the link from your mail.</p>
             <form method="post" action="/account/login/link">
             {HtmlPage.AntiforgeryField(antiforgery, context)}
             <input type="hidden" name="token" value="{HtmlPage.Encode(form.Token)}">
             <input type="hidden" name="returnUrl" value="{HtmlPage.Encode(AccountApi.LocalOrDefault(form.ReturnUrl))}">
             <button type="submit">Inloggen / Sign in</button>
             </form>
             <p class="hint"><a href="/account/login/code?returnUrl={Uri.EscapeDataString(AccountApi.LocalOrDefault(form.ReturnUrl))}">Nieuwe code aanvragen / Ask for a new code</a></p>
             """,
            statusCode);
}
