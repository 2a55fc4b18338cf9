using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Extensions;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Users;

/// <summary>
/// The admin API for operators and coordinators (audience <c>identity-api</c>). Nobody changes their own roles or
/// deactivates themself, and only an operator touches an operator.
/// </summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").RequireAuthorization(ApplicationServices.UserAdministrators);
        users.MapGet("/", ListAsync);
        users.MapGet("/{id:guid}", GetAsync);
        users.MapPut("/{id:guid}/roles", AssignRolesAsync);
        users.MapPost("/{id:guid}/deactivate", DeactivateAsync);
        return app;
    }

    private static async Task<Results<Ok<UserPage>, ValidationProblem>> ListAsync(
        IdentityDbContext db, string? role, string? search, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (pageNumber, size) = (page ?? 1, pageSize ?? 50);
        if (pageNumber < 1 || size is < 1 or > 200)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [pageNumber < 1 ? "page" : "pageSize"] = ["page starts at 1; pageSize is between 1 and 200."],
            });
        }

        if (role is not null && !Roles.All.Contains(role))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [$"Unknown role '{role}'."] });
        }

        var query = db.Users.AsNoTracking();
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
        var roles = await RolesOfAsync(db, [.. found.Select(u => u.Id)], cancellationToken);
        return TypedResults.Ok(new UserPage([.. found.Select(u => Summary(u, roles.GetValueOrDefault(u.Id, [])))], pageNumber, size, total));
    }

    private static async Task<Results<Ok<UserSummary>, NotFound>> GetAsync(Guid id, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var roles = await RolesOfAsync(db, [id], cancellationToken);
        return TypedResults.Ok(Summary(user, roles.GetValueOrDefault(id, [])));
    }

    private static async Task<Results<Ok<UserSummary>, NotFound, ForbidHttpResult>> AssignRolesAsync(
        Guid id,
        AssignRolesRequest request,
        HttpContext context,
        UserManager<ApplicationUser> users,
        AccountAccess access,
        AuditLog audit,
        IdentityDbContext db)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var wanted = RoleAssignment.Validate(request.Roles, user, request.StaffId);
        var current = (await users.GetRolesAsync(user)).ToList();
        if (IsSelf(context, user) || !RoleAssignment.MayChange(context.User.HasRole(Roles.Operator), current, wanted))
        {
            return TypedResults.Forbid();
        }

        if (request.StaffId is { } staffId && user.StaffId != staffId)
        {
            user.StaffId = staffId;
            await users.UpdateAsync(user);
        }

        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        // Tokens carry roles: a removed role must not live on in a refresh token issued before.
        await access.RevokeTokensAsync(user, context.RequestAborted);
        audit.Record(AuditEvents.RolesChanged, user.Id, Actor(context), $"[{string.Join(",", current)}] -> [{string.Join(",", wanted)}]");
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Ok(Summary(user, wanted));
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult, ProblemHttpResult>> DeactivateAsync(
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
        if (IsSelf(context, user) || !RoleAssignment.MayChange(context.User.HasRole(Roles.Operator), [.. roles], []))
        {
            return TypedResults.Forbid();
        }

        if (!user.IsActive)
        {
            return TypedResults.Problem("The account is already deactivated.", statusCode: StatusCodes.Status409Conflict);
        }

        await access.DeactivateAsync(user, Actor(context), "by administrator", context.RequestAborted);
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static bool IsSelf(HttpContext context, ApplicationUser user) =>
        context.User.FindFirst(ClaimNames.Subject)?.Value == user.Id.ToString();

    private static string Actor(HttpContext context) => context.User.FindFirst(ClaimNames.Subject)?.Value ?? "unknown";

    private static async Task<Dictionary<Guid, List<string>>> RolesOfAsync(IdentityDbContext db, List<Guid> userIds, CancellationToken cancellationToken)
    {
        var pairs = await db.UserRoles.Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).Order().ToList());
    }

    private static UserSummary Summary(ApplicationUser user, IReadOnlyList<string> roles) => new(
        user.Id,
        user.Email ?? "",
        user.DisplayName,
        roles,
        user.StudentId,
        user.StaffId,
        user.ActiveCompanyIds,
        user.IsActive,
        user.LockoutEnd > DateTimeOffset.UtcNow);
}
