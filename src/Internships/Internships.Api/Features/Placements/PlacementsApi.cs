using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Internships.Features.Placements;

public static class PlacementsApi
{
    private static readonly string[] EndRoles = ["student", "school", "company"];

    public static IEndpointRouteBuilder MapPlacementsApi(this IEndpointRouteBuilder app)
    {
        var placements = app.MapGroup("/api/placements").WithTags("Placements");
        placements.MapGet("/", List);
        placements.MapGet("/{id:guid}", Get);
        placements.MapPost("/", DirectPlacements.PlaceAsync).RequireAuthorization(Policies.Coordinator);
        placements.MapPut("/{id:guid}/teacher", AssignTeacher).RequireAuthorization(Policies.Coordinator);
        placements.MapPost("/{id:guid}/start", Start).RequireAuthorization(Policies.Coordinator);
        placements.MapPost("/{id:guid}/complete", Complete).RequireAuthorization(Policies.Coordinator);
        placements.MapPost("/{id:guid}/end-early", EndEarly).RequireAuthorization(Policies.Coordinator);
        return app;
    }

    /// <summary>
    /// The placements the caller may see, filtered in the database, by start date, a page at a time with the total of
    /// the filtered list (a school with 10,000 placements pages through all of them).
    /// </summary>
    private static async Task<Ok<PageResponse<PlacementResponse>>> List(
        ClaimsPrincipal user, InternshipsDbContext db, [AsParameters] PlacementFilter filter, CancellationToken cancellationToken)
    {
        var paging = Paging.From(filter.Page, filter.PageSize);
        var query = filter.AtRisk switch
        {
            // Risks is a jsonb list that EF cannot look into; the database counts it, so the filter runs before the page is cut.
            true => db.Placements.FromSql($"SELECT * FROM placements WHERE jsonb_array_length(risks) > 0"),
            false => db.Placements.FromSql($"SELECT * FROM placements WHERE coalesce(jsonb_array_length(risks), 0) = 0"),
            null => db.Placements,
        };
        query = query.AsNoTracking().VisibleTo(db, user);
        if (filter.StudentId is { } student)
        {
            query = query.Where(p => p.StudentId == student);
        }

        if (filter.CompanyId is { } company)
        {
            query = query.Where(p => p.CompanyId == company);
        }

        if (filter.PeriodId is { } period)
        {
            query = query.Where(p => p.PeriodId == period);
        }

        if (filter.TeacherStaffId is { } teacher)
        {
            query = query.Where(p => p.TeacherStaffId == teacher);
        }

        if (filter.MentorStaffId is { } mentor)
        {
            query = query.Where(p => db.Students.Any(s => s.Id == p.StudentId && s.MentorStaffId == mentor));
        }

        if (filter.Status is { } status)
        {
            if (!Enum.TryParse<PlacementStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
            {
                throw new FieldValidationException("status", "Proposed, AgreementSigned, Active, Completed or EndedEarly.");
            }

            query = query.Where(p => p.Status == parsed);
        }

        if (Search.Pattern(filter.Search) is { } pattern)
        {
            query = query.Where(p => EF.Functions.ILike(p.CompanyName, pattern, Search.Escape)
                || db.Students.Any(s => s.Id == p.StudentId
                    && (EF.Functions.ILike(s.FirstName + " " + s.LastName, pattern, Search.Escape) || EF.Functions.ILike(s.StudentNumber, pattern, Search.Escape))));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(p => p.StartDate).ThenBy(p => p.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(p => p.Id).ToList();
        var studentIds = rows.Select(p => p.StudentId).Distinct().ToList();
        var students = await db.Students.Where(s => studentIds.Contains(s.Id))
            .Select(s => new { s.Id, s.FirstName, s.LastName, s.StudentNumber, s.Erased })
            .ToDictionaryAsync(s => s.Id, s => (Name: s.Erased ? "(erased)" : $"{s.FirstName} {s.LastName}".Trim(), Number: s.StudentNumber), cancellationToken);
        var hours = await db.ApprovedFigures().Where(h => ids.Contains(h.PlacementId))
            .GroupBy(h => h.PlacementId)
            .Select(g => new { g.Key, Sum = g.Sum(h => h.Hours) })
            .ToDictionaryAsync(g => g.Key, g => g.Sum, cancellationToken);
        var items = rows.Select(p => students.TryGetValue(p.StudentId, out var s)
            ? PlacementResponse.From(p, s.Name, hours.GetValueOrDefault(p.Id), s.Number)
            : PlacementResponse.From(p, "", hours.GetValueOrDefault(p.Id))).ToList();
        return TypedResults.Ok(new PageResponse<PlacementResponse>(items, total));
    }

    private static async Task<Results<Ok<PlacementResponse>, NotFound, ForbidHttpResult>> Get(
        Guid id, ClaimsPrincipal user, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.CanRead(placement, student))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(await db.ResponseAsync(placement, student, cancellationToken));
    }

    private static async Task<Results<Ok<PlacementResponse>, NotFound>> AssignTeacher(
        Guid id, AssignTeacherRequest request, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        if (request.TeacherStaffId is not { } teacher || teacher == Guid.Empty)
        {
            throw new FieldValidationException("teacherStaffId", "Give the teacher's staff id.");
        }

        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        placement.AssignTeacher(teacher);
        db.PlacementTeacherAssigned(placement);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await db.ResponseAsync(placement, student, cancellationToken));
    }

    private static async Task<Results<Ok<PlacementResponse>, NotFound>> Start(
        Guid id, StartPlacementRequest? request, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        var accreditation = await db.Accreditations.AsNoTracking()
            .FirstOrDefaultAsync(a => a.CompanyId == placement.CompanyId && a.Crebo == placement.Crebo, cancellationToken);
        placement.Activate(
            request?.StartedOn ?? placement.StartDate,
            accreditation?.IsCurrentOn(placement.StartDate, placement.Route) == true,
            Placement.IsMinorOn(student?.DateOfBirth, placement.StartDate));
        db.PlacementStarted(placement);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await db.ResponseAsync(placement, student, cancellationToken));
    }

    private static async Task<Results<Ok<PlacementResponse>, NotFound>> Complete(
        Guid id, CompletePlacementRequest? request, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        placement.MarkCompleted(request?.EndedOn ?? placement.EndDate);
        db.PlacementEnded(placement);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await db.ResponseAsync(placement, student, cancellationToken));
    }

    private static async Task<Results<Ok<PlacementResponse>, NotFound>> EndEarly(
        Guid id, EndEarlyRequest request, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Reason is not { } reason || !Enum.IsDefined(reason))
        {
            throw new FieldValidationException("reason", $"One of {string.Join(", ", Enum.GetNames<PlacementEndReason>())}.");
        }

        var endedBy = request.EndedByRole?.Trim().ToLowerInvariant();
        if (endedBy is null || !EndRoles.Contains(endedBy))
        {
            throw new FieldValidationException("endedByRole", "student, school or company.");
        }

        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        placement.EndBeforeTime(request.EndedOn ?? today, reason, endedBy, request.Note, today);
        db.PlacementEnded(placement);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await db.ResponseAsync(placement, student, cancellationToken));
    }
}
