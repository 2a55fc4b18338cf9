using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Extensions;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartnershipHub.Identity.Features.Connect;

/// <summary>
/// The OpenID Connect endpoints OpenIddict hands over to us after validating the protocol: who the user is
/// (from the sign-in cookie) and what goes into the tokens. Discovery, JWKS and revocation OpenIddict serves itself.
/// </summary>
public static class ConnectApi
{
    public static IEndpointRouteBuilder MapConnectApi(this IEndpointRouteBuilder app)
    {
        var connect = app.MapGroup("/connect").AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        connect.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync);
        connect.MapPost("/token", ExchangeAsync).RequireRateLimiting(RateLimitPolicies.Token);
        connect.MapMethods("/logout", [HttpMethods.Get, HttpMethods.Post], (Delegate)LogoutAsync);
        return app;
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult, ForbidHttpResult>> AuthorizeAsync(
        HttpContext context,
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        AccessTokenPrincipals principals)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not pass a request.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal) : null;

        if (user is null || !await signIn.CanSignInAsync(user))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            }

            // Back to this same authorization request once the user has signed in.
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(
                context.Request.HasFormContentType ? [.. context.Request.Form] : [.. context.Request.Query]);
            return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        // First-party clients only: consent is implicit, so the code is issued straight away.
        var principal = await principals.ForUserAsync(user, request.GetScopes());
        return TypedResults.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<Results<SignInHttpResult, ForbidHttpResult>> ExchangeAsync(
        HttpContext context,
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        IOpenIddictApplicationManager applications,
        AccessTokenPrincipals principals,
        AuditLog audit,
        IdentityDbContext db,
        IHostEnvironment environment)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not pass a request.");

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = await users.FindByIdAsync(granted.Principal?.GetClaim(Claims.Subject) ?? "");
            // A deactivated account's refresh tokens are revoked; this also catches one deactivated a moment ago.
            if (user is null || !await signIn.CanSignInAsync(user))
            {
                return Forbid(Errors.InvalidGrant, "The account is no longer active.");
            }

            return SignIn(await principals.ForUserAsync(user, granted.Principal!.GetScopes()));
        }

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!)
                ?? throw new InvalidOperationException("OpenIddict validated an unknown client.");
            var name = await applications.GetDisplayNameAsync(application);
            return SignIn(AccessTokenPrincipals.ForClient(request.ClientId!, name, request.GetScopes()));
        }

        if (request.IsPasswordGrantType() && environment.IsDevelopment())
        {
            return await DevelopmentPasswordGrantAsync(request, users, signIn, principals, audit, db);
        }

        return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    /// <summary>Scripts and end-to-end tests get a demo user's token without a browser; only in Development.</summary>
    private static async Task<Results<SignInHttpResult, ForbidHttpResult>> DevelopmentPasswordGrantAsync(
        OpenIddictRequest request,
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        AccessTokenPrincipals principals,
        AuditLog audit,
        IdentityDbContext db)
    {
        var user = await users.FindByEmailAsync(request.Username ?? "");
        if (user is null || !(await signIn.CheckPasswordSignInAsync(user, request.Password ?? "", lockoutOnFailure: true)).Succeeded)
        {
            return Forbid(Errors.InvalidGrant, "The user name or password is not valid.");
        }

        audit.Record(AuditEvents.SignInSucceeded, user.Id, request.ClientId, "development password grant");
        await db.SaveChangesAsync();
        return SignIn(await principals.ForUserAsync(user, request.GetScopes()));
    }

    private static async Task<SignOutHttpResult> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        // OpenIddict sends the user back to the client's registered post-logout address.
        return TypedResults.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static SignInHttpResult SignIn(ClaimsPrincipal principal) =>
        TypedResults.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static ForbidHttpResult Forbid(string error, string description) =>
        TypedResults.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
