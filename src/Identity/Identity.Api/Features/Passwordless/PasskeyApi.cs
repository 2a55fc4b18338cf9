using System.Globalization;
using Fido2NetLib;
using Fido2NetLib.Objects;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Extensions;
using PartnershipHub.Identity.Features.Account;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>
/// <c>/account/passkeys</c>: a signed-in trainer lists, adds and removes passkeys. The page's small script asks the
/// browser to make the key; the options and the answer go through the JSON endpoints here, antiforgery-checked.
/// </summary>
public static partial class PasskeyApi
{
    /// <summary>The log category of both passkey endpoints' refusals.</summary>
    internal const string LogCategory = "PartnershipHub.Identity.Passkeys";

    public static IEndpointRouteBuilder MapPasskeyApi(this IEndpointRouteBuilder app)
    {
        var passkeys = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                HtmlPage.AddSecurityHeaders(context.HttpContext.Response);
                return await next(context);
            });
        passkeys.MapGet("/passkeys", ShowAsync);
        passkeys.MapPost("/passkeys/registration/options", RegistrationOptionsAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        passkeys.MapPost("/passkeys/registration", RegisterAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        passkeys.MapPost("/passkeys/{id:guid}/remove", RemoveAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        passkeys.MapGet("/passkeys.js", PasskeyScript.Serve);
        passkeys.MapPasskeySignIn();
        return app;
    }

    private static async Task<Results<ContentHttpResult, RedirectHttpResult>> ShowAsync(
        HttpContext context, IAntiforgery antiforgery, UserManager<ApplicationUser> users, IdentityDbContext db)
    {
        var user = await SignedInAsync(context, users);
        if (user is null)
        {
            return TypedResults.LocalRedirect($"/account/login?returnUrl={Uri.EscapeDataString("/account/passkeys")}");
        }

        if (!await PasswordlessAccounts.MayUseAsync(users, user))
        {
            return NotForThisAccount();
        }

        var list = await db.PasskeyCredentials.AsNoTracking().Where(p => p.UserId == user.Id).OrderBy(p => p.CreatedAt).ToListAsync(context.RequestAborted);
        var token = HtmlPage.AntiforgeryField(antiforgery, context);
        var rows = string.Concat(list.Select(p => $"""
            <li data-passkey="{p.Id}"><strong>{HtmlPage.Encode(p.Name)}</strong><br>
            <span class="hint">Toegevoegd / Added {Date(p.CreatedAt)} · Laatst gebruikt / Last used {(p.LastUsedAt is { } used ? Date(used) : "—")}</span>
            <form method="post" action="/account/passkeys/{p.Id}/remove">{token}<button type="submit">Verwijderen / Remove</button></form></li>
            """));
        return HtmlPage.Render(
            "Passkeys",
            $"""
             <p>Met een passkey log je in met je telefoon (vingerafdruk, gezicht of pincode), zonder wachtwoord. / With a passkey you sign in with your phone (fingerprint, face or PIN), without a password.</p>
             {(list.Count == 0 ? "<p>Je hebt nog geen passkeys. / You have no passkeys yet.</p>" : $"<ul>{rows}</ul>")}
             {token}
             <label for="passkey-name">Naam van de passkey / Name of the passkey</label>
             <input id="passkey-name" maxlength="{PasskeyCredential.MaxNameLength}" value="Telefoon / Phone">
             <button type="button" id="passkey-add">Passkey toevoegen / Add a passkey</button>
             <p id="passkey-status" role="status"></p>
             <p class="hint"><a href="/account/">Terug / Back</a></p>
             <script src="/account/passkeys.js"></script>
             """);
    }

    private static async Task<IResult> RegistrationOptionsAsync(
        HttpContext context, IAntiforgery antiforgery, UserManager<ApplicationUser> users, IdentityDbContext db, IFido2 fido2, PasskeyCeremonies ceremonies)
    {
        var (user, refusal) = await CheckCallerAsync(context, antiforgery, users);
        if (user is null)
        {
            return refusal!;
        }

        var existing = await db.PasskeyCredentials.Where(p => p.UserId == user.Id).Select(p => p.CredentialId).ToListAsync(context.RequestAborted);
        var options = fido2.RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = user.Id.ToByteArray(), Name = user.Email!, DisplayName = user.DisplayName },
            ExcludeCredentials = [.. existing.Select(id => new PublicKeyCredentialDescriptor(id))],
            // A discoverable credential, so signing in needs no e-mail address first.
            AuthenticatorSelection = new AuthenticatorSelection
            {
                ResidentKey = ResidentKeyRequirement.Required,
                UserVerification = UserVerificationRequirement.Preferred,
            },
            AttestationPreference = AttestationConveyancePreference.None,
        });
        var json = options.ToJson();
        await ceremonies.StartAsync(context, PasskeyCeremony.Registration, user.Id, json);
        return TypedResults.Text(json, "application/json");
    }

    private static async Task<IResult> RegisterAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        UserManager<ApplicationUser> users,
        IdentityDbContext db,
        IFido2 fido2,
        PasskeyCeremonies ceremonies,
        AuditLog audit,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        var (user, refusal) = await CheckCallerAsync(context, antiforgery, users);
        if (user is null)
        {
            return refusal!;
        }

        var (request, errors) = await PasskeyRequests.ReadRegistrationAsync(context.Request);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var ceremony = await ceremonies.TakeAsync(context, PasskeyCeremony.Registration);
        if (ceremony is null || ceremony.UserId != user.Id)
        {
            return CredentialRefused("Start het toevoegen opnieuw. / Start adding the passkey again.");
        }

        RegisteredPublicKeyCredential registered;
        try
        {
            registered = await fido2.MakeNewCredentialAsync(new MakeNewCredentialParams
            {
                AttestationResponse = request.Credential,
                OriginalOptions = CredentialCreateOptions.FromJson(ceremony.OptionsJson),
                IsCredentialIdUniqueToUserCallback = async (candidate, cancellationToken) =>
                    !await db.PasskeyCredentials.AnyAsync(p => p.CredentialId == candidate.CredentialId, cancellationToken),
            }, context.RequestAborted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The parser reads binary data the caller made up: whatever it throws is the caller's bad input.
            LogRegistrationRefused(loggers.CreateLogger(LogCategory), user.Id, exception.Message);
            return CredentialRefused("De passkey kon niet worden toegevoegd. / The passkey could not be added.");
        }

        var passkey = PasskeyCredential.Register(user.Id, registered.Id, registered.PublicKey, registered.SignCount, request.Name, time.GetUtcNow());
        db.PasskeyCredentials.Add(passkey);
        audit.Record(AuditEvents.PasskeyAdded, user.Id, detail: passkey.Name);
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Created($"/account/passkeys", new PasskeyAdded(passkey.Id, passkey.Name));
    }

    private static async Task<IResult> RemoveAsync(
        Guid id, HttpContext context, IAntiforgery antiforgery, UserManager<ApplicationUser> users, IdentityDbContext db, AuditLog audit)
    {
        var (user, refusal) = await CheckCallerAsync(context, antiforgery, users);
        if (user is null)
        {
            return refusal!;
        }

        // Only the caller's own: someone else's passkey is as unknown as one that never existed.
        var passkey = await db.PasskeyCredentials.FirstOrDefaultAsync(p => p.Id == id && p.UserId == user.Id, context.RequestAborted);
        if (passkey is null)
        {
            return TypedResults.NotFound();
        }

        db.PasskeyCredentials.Remove(passkey);
        audit.Record(AuditEvents.PasskeyRemoved, user.Id, detail: passkey.Name);
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.LocalRedirect("/account/passkeys");
    }

    /// <summary>The signed-in trainer behind a passkey-management call, or the answer refusing it (400, 401 or 403).</summary>
    private static async Task<(ApplicationUser? User, IResult? Refusal)> CheckCallerAsync(
        HttpContext context, IAntiforgery antiforgery, UserManager<ApplicationUser> users)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["antiforgery"] = ["The antiforgery token is missing or invalid."] }));
        }

        var user = await SignedInAsync(context, users);
        if (user is null)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first."));
        }

        return await PasswordlessAccounts.MayUseAsync(users, user)
            ? (user, null)
            : (null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Passkeys are for workplace trainers."));
    }

    private static async Task<ApplicationUser?> SignedInAsync(HttpContext context, UserManager<ApplicationUser> users)
    {
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return cookie.Succeeded ? await users.GetUserAsync(cookie.Principal) : null;
    }

    private static ValidationProblem CredentialRefused(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["credential"] = [message] });

    private static ContentHttpResult NotForThisAccount() => HtmlPage.Render(
        "Passkeys",
        "<p>Passkeys zijn er voor praktijkopleiders. / Passkeys are for workplace trainers.</p>",
        StatusCodes.Status403Forbidden);

    private static string Date(DateTimeOffset at) => at.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    [LoggerMessage(Level = LogLevel.Information, Message = "Passkey registration for {UserId} refused: {Reason}")]
    private static partial void LogRegistrationRefused(ILogger logger, Guid userId, string reason);

    public sealed record PasskeyAdded(Guid Id, string Name);
}
