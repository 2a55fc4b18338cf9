using Fido2NetLib;
using Fido2NetLib.Exceptions;
using Fido2NetLib.Objects;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Extensions;
using PartnershipHub.Identity.Features.Account;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>
/// "Sign in with a passkey" on the sign-in page: usernameless (the phone offers the passkeys it has for us), so the
/// passkey names the account through its user handle. Every refusal answers the same 401.
/// </summary>
internal static partial class PasskeySignInApi
{
    public const string Method = "passkey";

    public static RouteGroupBuilder MapPasskeySignIn(this RouteGroupBuilder account)
    {
        account.MapPost("/login/passkey/options", OptionsAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        account.MapPost("/login/passkey", SignInAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        return account;
    }

    private static async Task<IResult> OptionsAsync(HttpContext context, IAntiforgery antiforgery, IFido2 fido2, PasskeyCeremonies ceremonies)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return AntiforgeryRefused();
        }

        var options = fido2.GetAssertionOptions(new GetAssertionOptionsParams { UserVerification = UserVerificationRequirement.Preferred });
        var json = options.ToJson();
        await ceremonies.StartAsync(context, PasskeyCeremony.SignIn, null, json);
        return TypedResults.Text(json, "application/json");
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        IFido2 fido2,
        PasskeyCeremonies ceremonies,
        IdentityDbContext db,
        UserManager<ApplicationUser> users,
        SignInManager<ApplicationUser> signIn,
        AuditLog audit,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return AntiforgeryRefused();
        }

        var (request, errors) = await PasskeyRequests.ReadSignInAsync(context.Request);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var ceremony = await ceremonies.TakeAsync(context, PasskeyCeremony.SignIn);
        var rawId = request.Credential.RawId ?? [];
        var passkey = await db.PasskeyCredentials.FirstOrDefaultAsync(p => p.CredentialId == rawId, context.RequestAborted);
        if (ceremony is null || passkey is null)
        {
            return await RefusedAsync(audit, db, context, passkey?.UserId, ceremony is null ? "passkey, no open challenge" : "passkey, unknown credential");
        }

        VerifyAssertionResult verified;
        try
        {
            verified = await fido2.MakeAssertionAsync(new MakeAssertionParams
            {
                AssertionResponse = request.Credential,
                OriginalOptions = AssertionOptions.FromJson(ceremony.OptionsJson),
                StoredPublicKey = passkey.PublicKey,
                StoredSignatureCounter = (uint)passkey.SignCount,
                // The user handle the authenticator returns must name the passkey's own account.
                IsUserHandleOwnerOfCredentialIdCallback = (owner, _) =>
                    Task.FromResult(owner.UserHandle.AsSpan().SequenceEqual(passkey.UserId.ToByteArray())),
            }, context.RequestAborted);
        }
        catch (Fido2VerificationException exception) when (exception.Code == Fido2ErrorCode.InvalidSignCount)
        {
            return await SignCountRegressedAsync(audit, db, context, passkey);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Binary data the caller made up: whatever the verifier throws is a refused sign-in, not a server error.
            LogSignInRefused(loggers.CreateLogger(PasskeyApi.LogCategory), passkey.UserId, exception.Message);
            return await RefusedAsync(audit, db, context, passkey.UserId, "passkey, not verified");
        }

        if (!passkey.TryRecordUse(verified.SignCount, time.GetUtcNow()))
        {
            return await SignCountRegressedAsync(audit, db, context, passkey);
        }

        var user = await users.FindByIdAsync(passkey.UserId.ToString());
        if (user is null || !await PasswordlessAccounts.MayUseAsync(users, user))
        {
            db.Entry(passkey).State = EntityState.Unchanged;
            return await RefusedAsync(audit, db, context, passkey.UserId, "passkey, account may not use it");
        }

        audit.Record(AuditEvents.SignInSucceeded, user.Id, detail: Method);
        await db.SaveChangesAsync(context.RequestAborted);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: Method);
        return TypedResults.Ok(new PasskeySignedIn(AccountApi.LocalOrDefault(request.ReturnUrl)));
    }

    /// <summary>A counter that did not grow: the key may have been copied. Refused and logged for the operator to see.</summary>
    private static async Task<IResult> SignCountRegressedAsync(AuditLog audit, IdentityDbContext db, HttpContext context, PasskeyCredential passkey)
    {
        db.Entry(passkey).State = EntityState.Unchanged;
        audit.Record(AuditEvents.PasskeySignCountRegressed, passkey.UserId, detail: passkey.Name);
        return await RefusedAsync(audit, db, context, passkey.UserId, "passkey, signature counter went back");
    }

    private static async Task<IResult> RefusedAsync(AuditLog audit, IdentityDbContext db, HttpContext context, Guid? userId, string detail)
    {
        audit.Record(AuditEvents.SignInFailed, userId, detail: detail);
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Inloggen met de passkey is niet gelukt. / Signing in with the passkey failed.");
    }

    private static IResult AntiforgeryRefused() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["antiforgery"] = ["The antiforgery token is missing or invalid."] });

    [LoggerMessage(Level = LogLevel.Information, Message = "Passkey sign-in for {UserId} refused: {Reason}")]
    private static partial void LogSignInRefused(ILogger logger, Guid userId, string reason);

    public sealed record PasskeySignedIn(string Redirect);
}
