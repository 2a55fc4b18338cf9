using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Features.Invitations;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Identity.Features.Users;

/// <summary>
/// Creating a staff account, reactivating an account and resending its invitation, on the admin API's group
/// (<see cref="UsersApi"/>): who may act on which account follows <see cref="RoleGrantRules"/>, and nobody acts on themself.
/// </summary>
public static class StaffAccountsApi
{
    /// <summary>409 rule: an account with this e-mail address exists (of any kind).</summary>
    public const string EmailInUse = "email-in-use";

    /// <summary>409 rule: another account has this employee number.</summary>
    public const string EmployeeNumberInUse = "employee-number-in-use";

    /// <summary>409 rule: the account has a password or an external login already; "forgot password" is the way back in.</summary>
    public const string InvitationUsed = "invitation-used";

    /// <summary>409 rule: a deactivated account is not invited; reactivate it first.</summary>
    public const string DeactivatedAccount = "account-deactivated";

    public static RouteGroupBuilder MapStaffAccountsApi(this RouteGroupBuilder users)
    {
        users.MapPost("/", CreateAsync).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/reactivate", ReactivateAsync).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/invitation", ResendInvitationAsync).ProducesProblem(StatusCodes.Status409Conflict);
        return users;
    }

    private static async Task<Results<Created<UserSummary>, ForbidHttpResult>> CreateAsync(
        CreateStaffAccountRequest request,
        HttpContext context,
        UserManager<ApplicationUser> users,
        InvitationSender invitations,
        AuditLog audit,
        IdentityDbContext db,
        TimeProvider time)
    {
        var details = StaffAccountDetails.Create(request.Email, request.DisplayName, request.Roles, request.EmployeeNumber, request.Language);
        if (!RoleGrantRules.MayChange(UsersApi.ActorRoles(context), [], details.Roles))
        {
            return TypedResults.Forbid();
        }

        if (await users.FindByEmailAsync(details.Email) is not null)
        {
            throw new ConflictException(EmailInUse, "An account with this e-mail address exists already.");
        }

        if (details.EmployeeNumber is { } number && await db.Users.AnyAsync(u => u.EmployeeNumber == number, context.RequestAborted))
        {
            throw new ConflictException(EmployeeNumberInUse, $"Employee number {number} belongs to another account.");
        }

        var now = time.GetUtcNow();
        var user = ApplicationUser.CreateStaff(details, now);
        var actor = UsersApi.Actor(context);
        // The account, its roles, the invitation mail, the event and the audit entry commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        CheckCreated(await users.CreateAsync(user));
        Check(await users.AddToRolesAsync(user, details.Roles));
        invitations.Issue(user, actor);
        StaffAnnouncements.Announce(db, user, details.Roles, now);
        audit.Record(AuditEvents.StaffAccountCreated, user.Id, actor, $"[{string.Join(",", details.Roles)}]");
        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        return TypedResults.Created($"/api/users/{user.Id}", await UserSummaries.OfAsync(db, user, context.RequestAborted));
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult>> ReactivateAsync(
        Guid id,
        HttpContext context,
        UserManager<ApplicationUser> users,
        AccountAccess access,
        IdentityDbContext db)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        if (UsersApi.IsSelf(context, user) || !RoleGrantRules.MayReactivate(UsersApi.ActorRoles(context), [.. await users.GetRolesAsync(user)]))
        {
            return TypedResults.Forbid();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        await access.ReactivateAsync(user, UsersApi.Actor(context));
        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Accepted, NotFound, ForbidHttpResult>> ResendInvitationAsync(
        Guid id,
        HttpContext context,
        UserManager<ApplicationUser> users,
        InvitationSender invitations,
        IdentityDbContext db)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        if (UsersApi.IsSelf(context, user) || !RoleGrantRules.MayReactivate(UsersApi.ActorRoles(context), [.. await users.GetRolesAsync(user)]))
        {
            return TypedResults.Forbid();
        }

        if (!user.IsActive)
        {
            throw new ConflictException(DeactivatedAccount, "The account is deactivated; reactivate it before inviting again.");
        }

        if (user.PasswordHash is not null || await db.UserLogins.AnyAsync(l => l.UserId == user.Id, context.RequestAborted))
        {
            throw new ConflictException(InvitationUsed,
                "The invitation was used: the account has a password or signs in through the school. Use \"forgot password\" instead.");
        }

        // The earlier links stop working in the same save.
        await invitations.SendAsync(user, UsersApi.Actor(context), context.RequestAborted);
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Accepted((string?)null);
    }

    /// <summary>A create that lost a race on the address, or an address Identity's own rules refuse, is the caller's 409 or 400, not a 500.</summary>
    private static void CheckCreated(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            throw new ConflictException(EmailInUse, "An account with this e-mail address exists already.");
        }

        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName)))
        {
            throw new FieldValidationException("email", string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        Check(result);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
