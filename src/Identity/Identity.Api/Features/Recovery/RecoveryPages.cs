using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnershipHub.Identity.Features.Account;

namespace PartnershipHub.Identity.Features.Recovery;

/// <summary>The pages of "forgot password", in the bilingual style of the sign-in pages.</summary>
internal static class RecoveryPages
{
    public static ContentHttpResult Request(
        HttpContext context, IAntiforgery antiforgery, ForgotPasswordForm form, IReadOnlyDictionary<string, string[]> errors, int statusCode) =>
        HtmlPage.Render(
            "Wachtwoord vergeten / Forgot your password",
            $"""
             {HtmlPage.Errors(errors)}
             <p>Vul je e-mailadres in; we sturen je een link om een nieuw wachtwoord te kiezen. / Enter your e-mail address and we will send you a link to choose a new password.</p>
             <form method="post" action="/account/forgot-password">
             {HtmlPage.AntiforgeryField(antiforgery, context)}
             <label for="email">E-mailadres / E-mail address</label>
             <input id="email" name="email" type="email" autocomplete="username" required value="{HtmlPage.Encode(form.Email)}">
             <button type="submit">Stuur de link / Send the link</button>
             </form>
             <p><a href="/account/login">Terug naar inloggen / Back to sign in</a></p>
             """,
            statusCode);

    /// <summary>One answer for every address, known or not, active or not.</summary>
    public static ContentHttpResult Requested() =>
        HtmlPage.Render(
            "Kijk in je mail / Check your mail",
            """
            <p>Als er een account bij dit e-mailadres hoort, hebben we er een link naartoe gestuurd om een nieuw wachtwoord te kiezen. De link is één uur geldig. Geen mail gekregen? Kijk ook bij je ongewenste mail, of vraag het na een paar minuten opnieuw.</p>
            <p class="hint">If an account belongs to this e-mail address, we sent it a link to choose a new password. The link is valid for one hour. No mail? Check your spam folder, or ask again in a few minutes.</p>
            <p><a href="/account/login">Inloggen / Sign in</a></p>
            """);

    public static ContentHttpResult NewPassword(
        HttpContext context, IAntiforgery antiforgery, string token, IReadOnlyDictionary<string, string[]> errors, int statusCode) =>
        HtmlPage.Render(
            "Kies een nieuw wachtwoord / Choose a new password",
            $"""
             {HtmlPage.Errors(errors)}
             <form method="post" action="/account/reset-password">
             {HtmlPage.AntiforgeryField(antiforgery, context)}
             <input type="hidden" name="token" value="{HtmlPage.Encode(token)}">
             <label for="password">Nieuw wachtwoord / New password</label>
             <input id="password" name="password" type="password" autocomplete="new-password" minlength="10" required>
             <label for="confirmPassword">Herhaal wachtwoord / Repeat password</label>
             <input id="confirmPassword" name="confirmPassword" type="password" autocomplete="new-password" minlength="10" required>
             <p class="hint">Minstens 10 tekens, met een hoofdletter, een kleine letter, een cijfer en een leesteken. / At least 10 characters with upper and lower case, a digit and a symbol.</p>
             <button type="submit">Opslaan / Save</button>
             </form>
             """,
            statusCode);

    public static ContentHttpResult Done() =>
        HtmlPage.Render(
            "Wachtwoord gewijzigd / Password changed",
            """
            <p>Je nieuwe wachtwoord is opgeslagen. Je bent overal uitgelogd; log opnieuw in met je nieuwe wachtwoord. / Your new password is saved. You were signed out everywhere; sign in again with your new password.</p>
            <p><a href="/account/login">Inloggen / Sign in</a></p>
            """);

    public static ContentHttpResult ExpiredLink(int statusCode = StatusCodes.Status200OK) =>
        HtmlPage.Render(
            "Link verlopen / Link expired",
            """
            <p>Deze link is verlopen of vervangen door een nieuwere. / This link has expired or was replaced by a newer one.</p>
            <p><a href="/account/forgot-password">Vraag een nieuwe link aan / Ask for a new link</a></p>
            """,
            statusCode);

    public static ContentHttpResult UsedLink(int statusCode = StatusCodes.Status200OK) =>
        HtmlPage.Render(
            "Link al gebruikt / Link already used",
            """
            <p>Met deze link is al een nieuw wachtwoord gekozen. / This link was already used to choose a new password.</p>
            <p><a href="/account/login">Inloggen / Sign in</a> · <a href="/account/forgot-password">Wachtwoord vergeten? / Forgot your password?</a></p>
            """,
            statusCode);

    public static ContentHttpResult UnknownLink(int statusCode = StatusCodes.Status404NotFound) =>
        HtmlPage.Render(
            "Onbekende link / Unknown link",
            "<p>Deze link kennen we niet. Controleer of je de hele link uit de mail hebt gebruikt. / We do not know this link; check that you used the whole link from the mail.</p>",
            statusCode);
}
