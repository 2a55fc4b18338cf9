using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Features.Users;

/// <summary>
/// The admin API for operators and coordinators (audience <c>identity-api</c>). Nobody changes their own roles or
/// deactivates themself; who may change which account follows <see cref="RoleGrantRules"/>.
/// </summary>
public static class UsersApi
{
    public const int MaxPageSize = 200;

    /// <summary>Far beyond any school's number of accounts; keeps the row offset well inside an int.</summary>
    public const int MaxPage = 10_000;

    public const int MaxSearchLength = 256;

    /// <summary>409 rule: the staff id asked for is another account's.</summary>
    public const string StaffIdInUse = "staff-id-in-use";

    /// <summary>409 rule: the account is deactivated already.</summary>
    public const string AlreadyDeactivated = "already-deactivated";

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").RequireAuthorization(IdentityPolicies.UserAdministrators);
        users.MapGet("/", ListAsync);
        users.MapGet("/{id:guid}", GetAsync);
        users.MapPut("/{id:guid}/roles", AssignRolesAsync).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/deactivate", DeactivateAsync).ProducesProblem(StatusCodes.Status409Conflict);
        users.MapStaffAccountsApi();
        users.MapStaffImportApi();
        return app;
    }

    private static async Task<Results<Ok<UserPage>, ValidationProblem>> ListAsync(
        IdentityDbContext db, string? role, string? search, bool? staff, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (pageNumber, size) = (page ?? 1, pageSize ?? 50);
        if (size is < 1 or > MaxPageSize)
        {
            return QueryProblem("pageSize", $"pageSize is between 1 and {MaxPageSize}.");
        }

        // Bounded, so the row offset (page - 1) * pageSize can never overflow into a negative OFFSET.
        if (pageNumber is < 1 or > MaxPage)
        {
            return QueryProblem("page", $"page is between 1 and {MaxPage}.");
        }

        // PostgreSQL refuses a NUL character outright (a 500); no name or address is longer than this.
        if (search is not null && (search.Length > MaxSearchLength || search.Any(char.IsControl)))
        {
            return QueryProblem("search", $"search is at most {MaxSearchLength} characters, without control characters.");
        }

        if (role is not null && !Roles.All.Contains(role))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [$"Unknown role '{role}'."] });
        }

        var query = db.Users.AsNoTracking();
        // staff=true: school staff only (an account with a staff id); staff=false: students and trainers only.
        if (staff is { } onlyStaff)
        {
            query = onlyStaff ? query.Where(u => u.StaffId != null) : query.Where(u => u.StaffId == null);
        }

        if (role is not null)
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(u => EF.Functions.ILike(u.Email!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }

        var total = await query.CountAsync(cancellationToken);
        var found = await query.OrderBy(u => u.Email).Skip((pageNumber - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new UserPage(await UserSummaries.OfAsync(db, found, cancellationToken), pageNumber, size, total));
    }

    private static async Task<Results<Ok<UserSummary>, NotFound>> GetAsync(Guid id, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await UserSummaries.OfAsync(db, user, cancellationToken));
    }

    private static async Task<Results<Ok<UserSummary>, NotFound, ForbidHttpResult>> AssignRolesAsync(
        Guid id,
        AssignRolesRequest request,
        HttpContext context,
        UserManager<ApplicationUser> users,
        AccountAccess access,
        AuditLog audit,
        IdentityDbContext db,
        TimeProvider time)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var requested = RoleGrantRules.Parse(request.Roles);
        var current = (await users.GetRolesAsync(user)).ToList();
        if (IsSelf(context, user) || !RoleGrantRules.MayChange(ActorRoles(context), current, requested))
        {
            return TypedResults.Forbid();
        }

        if (request.StaffId is { } staffId && staffId != user.StaffId
            && await db.Users.AnyAsync(u => u.StaffId == staffId && u.Id != user.Id, context.RequestAborted))
        {
            throw new ConflictException(StaffIdInUse, $"Staff id {staffId} belongs to another account; a staff id is never shared or moved.");
        }

        var wanted = RoleGrantRules.Validate(requested, user, request.StaffId);
        // Roles, revoked tokens and the audit entry commit together (UserManager saves each step on its own).
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        Check(await users.RemoveFromRolesAsync(user, current.Except(wanted)));
        Check(await users.AddToRolesAsync(user, wanted.Except(current)));
        // Tokens carry roles: a removed role must not live on in a refresh token issued before.
        await access.RevokeTokensAsync(user, context.RequestAborted);
        audit.Record(AuditEvents.RolesChanged, user.Id, Actor(context), $"[{string.Join(",", current)}] -> [{string.Join(",", wanted)}]");
        if (!current.ToHashSet().SetEquals(wanted))
        {
            StaffAnnouncements.Announce(db, user, wanted, time.GetUtcNow());
        }

        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        return TypedResults.Ok(await UserSummaries.OfAsync(db, user, context.RequestAborted));
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult>> DeactivateAsync(
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

        var roles = await users.GetRolesAsync(user);
        if (IsSelf(context, user) || !RoleGrantRules.MayDeactivate(ActorRoles(context), [.. roles]))
        {
            return TypedResults.Forbid();
        }

        if (!user.IsActive)
        {
            throw new ConflictException(AlreadyDeactivated, "The account is already deactivated.");
        }

        // The account, its revoked tokens, the audit entry and the AccountDeactivated event commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        await access.DeactivateAsync(user, Actor(context), "by administrator", context.RequestAborted);
        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static ValidationProblem QueryProblem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    internal static IReadOnlyCollection<string> ActorRoles(HttpContext context) => [.. Roles.All.Where(context.User.HasRole)];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    internal static bool IsSelf(HttpContext context, ApplicationUser user) =>
        context.User.FindFirst(ClaimNames.Subject)?.Value == user.Id.ToString();

    internal static string Actor(HttpContext context) => context.User.FindFirst(ClaimNames.Subject)?.Value ?? "unknown";
}
