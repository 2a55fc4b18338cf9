using Microsoft.AspNetCore.Http.HttpResults;
using PartnershipHub.Identity.Features.Account;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Federation;

/// <summary>The sign-in page's provider buttons and the pages a federated sign-in can end on, in Dutch and English.</summary>
internal static class FederationPages
{
    /// <summary>One button per configured provider, keeping where the user was going; nothing when none is configured.</summary>
    public static string Buttons(HttpContext context, string? returnUrl)
    {
        var providers = context.RequestServices.GetRequiredService<ExternalProviders>().All;
        var local = Uri.EscapeDataString(AccountApi.LocalOrDefault(returnUrl));
        return string.Concat(providers.Select(p =>
            $"""<p class="external"><a href="{HtmlPage.Encode(FederationApi.StartPath(p.Key))}?returnUrl={HtmlPage.Encode(local)}">Inloggen met {HtmlPage.Encode(p.Value.DisplayName)} / Sign in with {HtmlPage.Encode(p.Value.DisplayName)}</a></p>"""));
    }

    public static ContentHttpResult NoAccount(ExternalProviderSettings provider, string? returnUrl) =>
        HtmlPage.Render(
            "Geen account / No account",
            $"""
             <p>Je bent ingelogd bij {HtmlPage.Encode(provider.DisplayName)}, maar PartnershipHub heeft (nog) geen actief account voor je.
             De school moet eerst een account voor je aanmaken of weer activeren; vraag dat aan je coördinator of de beheerder.</p>
             <p>You signed in with {HtmlPage.Encode(provider.DisplayName)}, but PartnershipHub has no active account for you (yet).
             The school must first create or reactivate your account; ask your coordinator or the administrator.</p>
             {BackLink(returnUrl)}
             """,
            StatusCodes.Status403Forbidden);

    public static ContentHttpResult Unavailable(ExternalProviderSettings provider, string? returnUrl) =>
        HtmlPage.Render(
            "Inloggen via school lukt nu niet / School sign-in not available",
            $"""
             <p>Inloggen met {HtmlPage.Encode(provider.DisplayName)} is nu niet bereikbaar of gaf een fout.
             Probeer het over een paar minuten opnieuw, of log op een andere manier in.</p>
             <p>Signing in with {HtmlPage.Encode(provider.DisplayName)} cannot be reached now or answered with an error.
             Try again in a few minutes, or sign in another way.</p>
             {BackLink(returnUrl)}
             """,
            StatusCodes.Status503ServiceUnavailable);

    public static ContentHttpResult UnknownProvider() =>
        HtmlPage.Render(
            "Onbekende inlogmethode / Unknown sign-in method",
            $"""
             <p>Deze manier van inloggen bestaat hier niet. / This way of signing in does not exist here.</p>
             {BackLink(null)}
             """,
            StatusCodes.Status404NotFound);

    private static string BackLink(string? returnUrl) =>
        $"""<p><a href="/account/login?returnUrl={HtmlPage.Encode(Uri.EscapeDataString(AccountApi.LocalOrDefault(returnUrl)))}">Terug naar inloggen / Back to sign-in</a></p>""";
}
