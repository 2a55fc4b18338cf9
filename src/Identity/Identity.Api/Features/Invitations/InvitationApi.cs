using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Extensions;
using PartnershipHub.Identity.Features.Account;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Invitations;

/// <summary>
/// The invitation link: choose a password on first visit. An expired link is not a dead end: it offers to mail a
/// fresh one to the address on file (never to an address the visitor types).
/// </summary>
public static class InvitationApi
{
    public static IEndpointRouteBuilder MapInvitationApi(this IEndpointRouteBuilder app)
    {
        var invitation = app.MapGroup("/account/invitation").AllowAnonymous().ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                HtmlPage.AddSecurityHeaders(context.HttpContext.Response);
                return await next(context);
            });
        invitation.MapGet("/", ShowAsync);
        invitation.MapPost("/", AcceptAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        invitation.MapPost("/renew", RenewAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        return app;
    }

    private static async Task<ContentHttpResult> ShowAsync(
        string? token, HttpContext context, IAntiforgery antiforgery, IdentityDbContext db, TimeProvider time)
    {
        var invitation = await FindAsync(db, token, context.RequestAborted);
        if (invitation is null)
        {
            return UnknownLink();
        }

        return invitation.StateAt(time.GetUtcNow()) switch
        {
            InvitationState.Open => PasswordPage(context, antiforgery, token!, new Dictionary<string, string[]>(), StatusCodes.Status200OK),
            InvitationState.Used => UsedLink(),
            _ => ExpiredLink(context, antiforgery, token!),
        };
    }

    private static async Task<Results<ContentHttpResult, RedirectHttpResult>> AcceptAsync(
        [FromForm] AcceptInvitationForm? posted,
        HttpContext context,
        IAntiforgery antiforgery,
        IdentityDbContext db,
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        AuditLog audit,
        TimeProvider time)
    {
        // A post without any of the form's fields binds no object at all.
        var form = posted ?? new AcceptInvitationForm();
        var errors = form.Validate();
        if (errors.ContainsKey("token"))
        {
            return UnknownLink(StatusCodes.Status400BadRequest);
        }

        var invitation = await FindAsync(db, form.Token, context.RequestAborted);
        if (invitation is null)
        {
            return UnknownLink();
        }

        var now = time.GetUtcNow();
        switch (invitation.StateAt(now))
        {
            case InvitationState.Used:
                return UsedLink(StatusCodes.Status409Conflict);
            case InvitationState.Expired or InvitationState.Replaced:
                return ExpiredLink(context, antiforgery, form.Token!, StatusCodes.Status409Conflict);
        }

        if (errors.Count > 0)
        {
            return PasswordPage(context, antiforgery, form.Token!, errors, StatusCodes.Status400BadRequest);
        }

        var user = await users.FindByIdAsync(invitation.UserId.ToString());
        if (user is null || !user.IsActive)
        {
            return UnknownLink();
        }

        // A reset token lets the same path serve first-time and returning users, with the password rules applied.
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), form.Password!);
        if (!reset.Succeeded)
        {
            var passwordErrors = new Dictionary<string, string[]> { ["password"] = [.. reset.Errors.Select(e => e.Description)] };
            return PasswordPage(context, antiforgery, form.Token!, passwordErrors, StatusCodes.Status400BadRequest);
        }

        invitation.Use(now);
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        audit.Record(AuditEvents.InvitationAccepted, user.Id);
        await db.SaveChangesAsync(context.RequestAborted);
        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.LocalRedirect("/account/");
    }

    private static async Task<ContentHttpResult> RenewAsync(
        [FromForm] RenewInvitationForm? posted,
        HttpContext context,
        IdentityDbContext db,
        UserManager<ApplicationUser> users,
        InvitationSender sender,
        TimeProvider time)
    {
        // A post without any of the form's fields binds no object at all.
        var form = posted ?? new RenewInvitationForm();
        if (string.IsNullOrWhiteSpace(form.Token) || form.Token.Length > 100)
        {
            return UnknownLink(StatusCodes.Status400BadRequest);
        }

        var invitation = await FindAsync(db, form.Token, context.RequestAborted);
        if (invitation is null)
        {
            return UnknownLink();
        }

        if (!invitation.MayBeRenewed(time.GetUtcNow()))
        {
            return invitation.StateAt(time.GetUtcNow()) == InvitationState.Used
                ? UsedLink(StatusCodes.Status409Conflict)
                : HtmlPage.Render("Uitnodiging / Invitation", "<p>Deze link is nog geldig. / This link is still valid.</p>", StatusCodes.Status409Conflict);
        }

        var user = await users.FindByIdAsync(invitation.UserId.ToString());
        if (user is null || !user.IsActive)
        {
            return UnknownLink();
        }

        await sender.SendAsync(user, "renewal", context.RequestAborted);
        await db.SaveChangesAsync(context.RequestAborted);
        return HtmlPage.Render(
            "Nieuwe link verstuurd / New link sent",
            "<p>We hebben een nieuwe uitnodiging gestuurd naar het e-mailadres dat bij ons bekend is. / We sent a new invitation to the e-mail address we have on file.</p>");
    }

    private static async Task<Invitation?> FindAsync(IdentityDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Invitation.Hash(token);
        return await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }

    private static ContentHttpResult PasswordPage(
        HttpContext context, IAntiforgery antiforgery, string token, IReadOnlyDictionary<string, string[]> errors, int statusCode) =>
        HtmlPage.Render(
            "Kies je wachtwoord / Choose your password",
            $"""
             {HtmlPage.Errors(errors)}
             <form method="post" action="/account/invitation">
             {HtmlPage.AntiforgeryField(antiforgery, context)}
             <input type="hidden" name="token" value="{HtmlPage.Encode(token)}">
             <label for="password">Wachtwoord / Password</label>
             <input id="password" name="password" type="password" autocomplete="new-password" minlength="10" required>
             <label for="confirmPassword">Herhaal wachtwoord / Repeat password</label>
             <input id="confirmPassword" name="confirmPassword" type="password" autocomplete="new-password" minlength="10" required>
             <p class="hint">Minstens 10 tekens, met een hoofdletter, een kleine letter, een cijfer en een leesteken. / At least 10 characters with upper and lower case, a digit and a symbol.</p>
             <button type="submit">Opslaan / Save</button>
             </form>
             """,
            statusCode);

    private static ContentHttpResult ExpiredLink(HttpContext context, IAntiforgery antiforgery, string token, int statusCode = StatusCodes.Status200OK) =>
        HtmlPage.Render(
            "Link verlopen / Link expired",
            $"""
             <p>Deze uitnodigingslink is verlopen of vervangen door een nieuwere. / This invitation link has expired or was replaced by a newer one.</p>
             <form method="post" action="/account/invitation/renew">
             {HtmlPage.AntiforgeryField(antiforgery, context)}
             <input type="hidden" name="token" value="{HtmlPage.Encode(token)}">
             <button type="submit">Stuur mij een nieuwe link / Send me a new link</button>
             </form>
             """,
            statusCode);

    private static ContentHttpResult UsedLink(int statusCode = StatusCodes.Status200OK) =>
        HtmlPage.Render(
            "Link al gebruikt / Link already used",
            """<p>Met deze link is al een wachtwoord gekozen. / This link was already used to choose a password.</p><p><a href="/account/login">Inloggen / Sign in</a></p>""",
            statusCode);

    private static ContentHttpResult UnknownLink(int statusCode = StatusCodes.Status404NotFound) =>
        HtmlPage.Render("Onbekende link / Unknown link", "<p>Deze link kennen we niet. Controleer of je de hele link uit de mail hebt gebruikt. / We do not know this link; check that you used the whole link from the mail.</p>", statusCode);
}
