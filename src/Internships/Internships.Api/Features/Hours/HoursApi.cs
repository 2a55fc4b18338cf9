using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Internships.Features.Hours;

/// <summary>Hours: the student logs per day, the trainer decides per week, everyone involved sees progress.</summary>
public static class HoursApi
{
    public static IEndpointRouteBuilder MapHoursApi(this IEndpointRouteBuilder app)
    {
        var hours = app.MapGroup("/api/placements/{id:guid}/hours").WithTags("Hours");
        hours.MapGet("/", Get);
        hours.MapPut("/{date}", Log);
        hours.MapPost("/weeks/{weekStart}/approve", (Guid id, string weekStart, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken ct) =>
            Decide(id, weekStart, approve: true, null, user, db, time, ct));
        hours.MapPost("/weeks/{weekStart}/reject", (Guid id, string weekStart, RejectWeekRequest request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken ct) =>
            Decide(id, weekStart, approve: false, request.Comment, user, db, time, ct));
        return app;
    }

    private static async Task<Results<Ok<HoursOverview>, NotFound, ForbidHttpResult>> Get(
        Guid id, ClaimsPrincipal user, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var (placement, student) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        return user.CanRead(placement, student) ? TypedResults.Ok(await OverviewAsync(db, placement, cancellationToken)) : TypedResults.Forbid();
    }

    private static async Task<Results<Ok<HoursOverview>, NotFound, ForbidHttpResult>> Log(
        Guid id, string date, LogHoursRequest request, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var day = ParseDate(date, "date");
        var (placement, _) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.ActsAsStudent(placement))
        {
            return TypedResults.Forbid();
        }

        if (placement.Status != PlacementStatus.Active)
        {
            throw new TransitionConflictException(placement.Status.ToString(), placement.AllowedTransitions(), "Hours are logged on active placements only.");
        }

        if (request.Hours is not { } amount)
        {
            throw new FieldValidationException("hours", "Give the hours worked that day.");
        }

        var entry = await db.Hours.FirstOrDefaultAsync(h => h.PlacementId == id && h.Date == day, cancellationToken);
        if (entry is null)
        {
            db.Hours.Add(HoursEntry.Log(placement, day, amount, request.Description, time.GetUtcNow()));
        }
        else
        {
            entry.Change(placement, amount, request.Description, time.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await OverviewAsync(db, placement, cancellationToken));
    }

    private static async Task<Results<Ok<HoursOverview>, NotFound, ForbidHttpResult>> Decide(
        Guid id, string weekStart, bool approve, string? comment, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var monday = ParseDate(weekStart, "weekStart");
        if (monday.DayOfWeek != DayOfWeek.Monday)
        {
            throw new FieldValidationException("weekStart", "A week starts on a Monday.");
        }

        if (!approve && string.IsNullOrWhiteSpace(comment))
        {
            throw new FieldValidationException("comment", "Say why the hours are rejected.");
        }

        var (placement, _) = await db.FindAsync(id, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.ActsForCompany(placement))
        {
            return TypedResults.Forbid();
        }

        var open = await db.Hours.Where(h => h.PlacementId == id && h.WeekStart == monday && h.Status == HoursStatus.Open).ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            throw new DomainConflictException($"The week of {monday:yyyy-MM-dd} has no open hours to decide on.");
        }

        var actor = user.Actor(Roles.Trainer);
        foreach (var entry in open)
        {
            entry.Decide(approve, actor.Id, comment?.Trim(), time.GetUtcNow());
        }

        if (approve)
        {
            var weekTotal = await db.Hours.Where(h => h.PlacementId == id && h.WeekStart == monday && h.Status == HoursStatus.Approved).SumAsync(h => h.Hours, cancellationToken)
                + open.Sum(h => h.Hours);
            db.EnqueueEvent(new HoursApproved(placement.Id, placement.StudentId, placement.CompanyId, monday, weekTotal, placement.PlannedHours));
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await OverviewAsync(db, placement, cancellationToken));
    }

    private static async Task<HoursOverview> OverviewAsync(InternshipsDbContext db, Placement placement, CancellationToken cancellationToken)
    {
        var entries = await db.Hours.AsNoTracking().Where(h => h.PlacementId == placement.Id).OrderBy(h => h.Date).ToListAsync(cancellationToken);
        var weeks = entries.GroupBy(h => h.WeekStart).Select(week =>
        {
            var statuses = week.Select(h => h.Status).Distinct().ToList();
            var status = statuses.Count == 1 ? statuses[0].ToString() : "Mixed";
            return new HoursWeek(week.Key, week.Sum(h => h.Hours), status,
                [.. week.Select(h => new HoursDay(h.Date, h.Hours, h.Description, h.Status, h.DecisionComment))]);
        }).ToList();
        var approved = entries.Where(h => h.Status == HoursStatus.Approved).Sum(h => h.Hours);
        var logged = entries.Where(h => h.Status != HoursStatus.Rejected).Sum(h => h.Hours);
        return new HoursOverview(placement.PlannedHours, logged, approved, Math.Round((double)approved / placement.PlannedHours, 4), weeks);
    }

    private static DateOnly ParseDate(string value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date) ? date : throw new FieldValidationException(field, "A date as yyyy-MM-dd.");
}
