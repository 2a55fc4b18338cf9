using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;
using PartnershipHub.Identity.Extensions;
using PartnershipHub.Identity.Features.Account;
using PartnershipHub.Identity.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartnershipHub.Identity.Features.Federation;

/// <summary>
/// Sign-in through the school's identity provider: the sign-in page's button starts the code flow at
/// <c>/account/external/&lt;name&gt;</c>, the provider answers at <c>/account/external/&lt;name&gt;/callback</c>
/// (after OpenIddict's client checked state, nonce, PKCE and the identity token), and the user continues where they
/// were going, signed in with Identity's own cookie like after a password.
/// </summary>
public static class FederationApi
{
    public static string StartPath(string name) => $"/account/external/{name}";

    public static string CallbackPath(string name) => $"/account/external/{name}/callback";

    public static IEndpointRouteBuilder MapFederationApi(this IEndpointRouteBuilder app)
    {
        var external = app.MapGroup("/account/external").AllowAnonymous().ExcludeFromDescription()
            .RequireRateLimiting(RateLimitPolicies.SignIn);
        external.MapGet("/{name}", StartAsync);
        // The provider comes back with a GET (query) or, in form_post mode, a cross-site POST that carries no antiforgery
        // token. No endpoint filter here: OpenIddict sets 400 on an error it passes through, and minimal APIs skip the
        // handler of a filtered endpoint whose status is already 400 (they take it for a binding failure).
        external.MapMethods("/{name}/callback", [HttpMethods.Get, HttpMethods.Post], CallbackAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ContentHttpResult>> StartAsync(
        string name, string? returnUrl, HttpContext context, ExternalProviders providers, FederatedSignIn federation)
    {
        HtmlPage.AddSecurityHeaders(context.Response);
        if (providers.Find(name) is not { } provider)
        {
            return FederationPages.UnknownProvider();
        }

        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictClientAspNetCoreConstants.Properties.ProviderName] = name,
        })
        {
            RedirectUri = AccountApi.LocalOrDefault(returnUrl),
        };
        // OpenIddict answers a challenge it cannot complete with a plain-text error of its own, so whether the provider
        // can be reached is asked first; the discovery document it reads is cached for the challenge that follows.
        try
        {
            // Resolved here, not as a parameter: with no provider configured the client is not registered at all.
            var client = context.RequestServices.GetRequiredService<OpenIddictClientService>();
            var registration = await client.GetClientRegistrationByIdAsync(name, context.RequestAborted);
            await registration.ConfigurationManager!.GetConfigurationAsync(context.RequestAborted);
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            await federation.RecordUnavailableAsync(name, exception.GetBaseException().Message, context.RequestAborted);
            return FederationPages.Unavailable(provider, returnUrl);
        }

        try
        {
            // Redirects the browser to the provider's authorization endpoint, with state, nonce and PKCE.
            await context.ChallengeAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme, properties);
            if (context.Response.StatusCode is StatusCodes.Status302Found || context.Response.HasStarted)
            {
                return TypedResults.Empty;
            }

            // OpenIddict answered the challenge itself (an empty 400): the provider's configuration could not be read.
            var status = context.Response.StatusCode;
            context.Response.Clear();
            HtmlPage.AddSecurityHeaders(context.Response);
            await federation.RecordUnavailableAsync(name, $"the challenge failed with status {status}", context.RequestAborted);
            return FederationPages.Unavailable(provider, returnUrl);
        }
        catch (Exception exception) when (IsProviderFailure(exception, context))
        {
            await federation.RecordUnavailableAsync(name, exception.GetBaseException().Message, context.RequestAborted);
            return FederationPages.Unavailable(provider, returnUrl);
        }
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> CallbackAsync(
        string name, HttpContext context, ExternalProviders providers, FederatedSignIn federation)
    {
        HtmlPage.AddSecurityHeaders(context.Response);
        if (providers.Find(name) is not { } provider)
        {
            return FederationPages.UnknownProvider();
        }

        AuthenticateResult result;
        try
        {
            // Exchanges the code at the provider's token endpoint and validates the identity token.
            result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        }
        catch (Exception exception) when (IsProviderFailure(exception, context))
        {
            await federation.RecordUnavailableAsync(name, exception.GetBaseException().Message, context.RequestAborted);
            return FederationPages.Unavailable(provider, null);
        }

        var returnUrl = result.Properties?.RedirectUri;
        if (!result.Succeeded || result.Principal is not { } principal)
        {
            var error = result.Properties?.GetString(OpenIddictClientAspNetCoreConstants.Properties.Error);
            var description = result.Properties?.GetString(OpenIddictClientAspNetCoreConstants.Properties.ErrorDescription);
            await federation.RecordUnavailableAsync(name, $"{error ?? result.Failure?.Message ?? "no result"} {description}".Trim(), context.RequestAborted);
            return FederationPages.Unavailable(provider, returnUrl);
        }

        // The state token names the registration that started the flow; it has to be this provider's.
        if (principal.FindFirst(Claims.Private.ProviderName)?.Value != name)
        {
            await federation.RecordUnavailableAsync(name, "the answer belongs to another provider", context.RequestAborted);
            return FederationPages.Unavailable(provider, returnUrl);
        }

        var outcome = await federation.FindAccountAsync(name, provider, principal, context.RequestAborted);
        return outcome.User is null
            ? FederationPages.NoAccount(provider, returnUrl)
            : TypedResults.LocalRedirect(AccountApi.LocalOrDefault(returnUrl));
    }

    /// <summary>The provider could not be reached, timed out or answered something unusable; not the user going away.</summary>
    private static bool IsProviderFailure(Exception exception, HttpContext context) =>
        !context.RequestAborted.IsCancellationRequested
        && (exception is HttpRequestException or TaskCanceledException or TimeoutException
                or OpenIddictExceptions.ProtocolException or System.Text.Json.JsonException
            // Polly's timeout (the provider's resilience pipeline); by name, as Polly 7 and Polly 8 both define the type.
            || exception.GetType().FullName == "Polly.Timeout.TimeoutRejectedException");
}
