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

namespace PartnershipHub.Identity.Features.Recovery;

/// <summary>
/// "Forgot password": an e-mail address in, the same page out whether or not an active account has it; an active
/// account gets a single-use link valid for an hour. Choosing the new password ends every session of the account.
/// </summary>
public static class RecoveryApi
{
    public static IEndpointRouteBuilder MapRecoveryApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                HtmlPage.AddSecurityHeaders(context.HttpContext.Response);
                return await next(context);
            });
        account.MapGet("/forgot-password", ShowRequest);
        account.MapPost("/forgot-password", RequestAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        account.MapGet("/reset-password", ShowResetAsync);
        account.MapPost("/reset-password", ResetAsync).RequireRateLimiting(RateLimitPolicies.SignIn);
        return app;
    }

    private static ContentHttpResult ShowRequest(HttpContext context, IAntiforgery antiforgery) =>
        RecoveryPages.Request(context, antiforgery, new ForgotPasswordForm(), new Dictionary<string, string[]>(), StatusCodes.Status200OK);

    private static async Task<ContentHttpResult> RequestAsync(
        [FromForm] ForgotPasswordForm? posted,
        HttpContext context,
        IAntiforgery antiforgery,
        AccountAttemptLimiter limiter,
        UserManager<ApplicationUser> users,
        PasswordResetSender sender,
        AuditLog audit,
        IdentityDbContext db)
    {
        // A post without any of the form's fields binds no object at all.
        var form = posted ?? new ForgotPasswordForm();
        var errors = form.Validate();
        if (errors.Count > 0)
        {
            return RecoveryPages.Request(context, antiforgery, form, errors, StatusCodes.Status400BadRequest);
        }

        var attempt = limiter.TryAttempt(AccountAttemptLimiter.PasswordReset, form.Email!);
        if (!attempt.IsAllowed)
        {
            audit.Record(AuditEvents.AttemptsLimited, null, detail: "password reset request");
            await db.SaveChangesAsync(context.RequestAborted);
            return TooManyAttemptsPage.Render(context, attempt.RetryAfter);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is { IsActive: true })
        {
            await sender.SendAsync(user, context.RequestAborted);
        }
        else
        {
            // The same reads a known account costs, so the answer does not come back sooner for an unknown one.
            await sender.PretendAsync(context.RequestAborted);
            audit.Record(AuditEvents.PasswordResetRequested, user?.Id, detail: user is null ? "unknown account, nothing sent" : "deactivated account, nothing sent");
        }

        await db.SaveChangesAsync(context.RequestAborted);
        return RecoveryPages.Requested();
    }

    private static async Task<ContentHttpResult> ShowResetAsync(string? token, HttpContext context, IAntiforgery antiforgery, IdentityDbContext db, TimeProvider time)
    {
        var reset = await FindAsync(db, token, context.RequestAborted);
        return reset?.StateAt(time.GetUtcNow()) switch
        {
            null => RecoveryPages.UnknownLink(),
            InvitationState.Open => RecoveryPages.NewPassword(context, antiforgery, token!, new Dictionary<string, string[]>(), StatusCodes.Status200OK),
            InvitationState.Used => RecoveryPages.UsedLink(),
            _ => RecoveryPages.ExpiredLink(),
        };
    }

    private static async Task<ContentHttpResult> ResetAsync(
        [FromForm] ResetPasswordForm? posted,
        HttpContext context,
        IAntiforgery antiforgery,
        IdentityDbContext db,
        UserManager<ApplicationUser> users,
        AccountAccess access,
        AuditLog audit,
        TimeProvider time)
    {
        // A post without any of the form's fields binds no object at all.
        var form = posted ?? new ResetPasswordForm();
        var errors = form.Validate();
        if (errors.ContainsKey("token"))
        {
            return RecoveryPages.UnknownLink(StatusCodes.Status400BadRequest);
        }

        var reset = await FindAsync(db, form.Token, context.RequestAborted);
        if (reset is null)
        {
            return RecoveryPages.UnknownLink();
        }

        var now = time.GetUtcNow();
        switch (reset.StateAt(now))
        {
            case InvitationState.Used:
                return RecoveryPages.UsedLink(StatusCodes.Status409Conflict);
            case InvitationState.Expired or InvitationState.Replaced:
                return RecoveryPages.ExpiredLink(StatusCodes.Status409Conflict);
        }

        if (errors.Count > 0)
        {
            return RecoveryPages.NewPassword(context, antiforgery, form.Token!, errors, StatusCodes.Status400BadRequest);
        }

        var user = await users.FindByIdAsync(reset.UserId.ToString());
        if (user is null || !user.IsActive)
        {
            return RecoveryPages.UnknownLink();
        }

        // The password, the used link, the revoked tokens and the audit entry commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        // Claimed in the database first: of two posts of one link at the same moment, only one gets through (a refused
        // password rolls the claim back).
        var claimed = await db.PasswordResets
            .Where(r => r.Id == reset.Id && r.UsedAt == null && r.ReplacedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.UsedAt, now), context.RequestAborted);
        if (claimed == 0)
        {
            return RecoveryPages.UsedLink(StatusCodes.Status409Conflict);
        }

        // Identity's own reset token applies the password rules and gives the account a new security stamp, which
        // ends every sign-in cookie; the link's single use is ours.
        var changed = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), form.Password!);
        if (!changed.Succeeded)
        {
            var passwordErrors = new Dictionary<string, string[]> { ["password"] = [.. changed.Errors.Select(e => e.Description)] };
            return RecoveryPages.NewPassword(context, antiforgery, form.Token!, passwordErrors, StatusCodes.Status400BadRequest);
        }

        reset.Use(now);
        await AcceptOpenInvitationsAsync(db, user, now, context.RequestAborted);
        // Whoever knew the old password is locked out now, so the lockout of their guesses can go.
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await access.RevokeTokensAsync(user, context.RequestAborted);
        audit.Record(AuditEvents.PasswordResetCompleted, user.Id);
        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        return RecoveryPages.Done();
    }

    /// <summary>An invited account that never chose a password has now chosen one: its invitation link is spent too.</summary>
    private static async Task AcceptOpenInvitationsAsync(IdentityDbContext db, ApplicationUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var invitations = await db.Invitations.Where(i => i.UserId == user.Id && i.UsedAt == null && i.ReplacedAt == null).ToListAsync(cancellationToken);
        foreach (var invitation in invitations.Where(i => i.StateAt(now) == InvitationState.Open))
        {
            invitation.Use(now);
        }
    }

    private static async Task<PasswordReset?> FindAsync(IdentityDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = PasswordReset.Hash(token);
        return await db.PasswordResets.FirstOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
    }
}
