using System.Text.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;
using PartnershipHub.Messaging;
using PartnershipHub.Persistence.Conflicts;
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
        hours.MapPost("/{date}/corrections", Correct);
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
            throw new TransitionConflictException(placement.Status.ToString(), placement.AllowedTransitions(), "Hours are logged on active placements only.", "hours-need-active-placement");
        }

        if (request.Hours is not { } amount)
        {
            throw new FieldValidationException("hours", "Give the hours worked that day.");
        }

        var entry = await LatestAsync(db, id, day, cancellationToken);
        if (entry is null)
        {
            entry = HoursEntry.Log(placement, day, amount, request.Description, time.GetUtcNow());
            db.Hours.Add(entry);
        }
        else
        {
            entry.Change(placement, amount, request.Description, time.GetUtcNow());
        }

        db.HoursLogged(placement, entry);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await OverviewAsync(db, placement, cancellationToken));
    }

    /// <summary>Proposes other hours for an approved day, as a new entry that waits for the trainer; the approved day itself never changes.</summary>
    private static async Task<Results<Ok<HoursOverview>, NotFound, ForbidHttpResult>> Correct(
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

        if (placement.Status is not (PlacementStatus.Active or PlacementStatus.Completed))
        {
            throw new TransitionConflictException(placement.Status.ToString(), placement.AllowedTransitions(), "Hours are corrected on active or completed placements only.", "hours-correction-needs-active-or-completed-placement");
        }

        if (request.Hours is not { } amount)
        {
            throw new FieldValidationException("hours", "Give the hours worked that day.");
        }

        var approved = await LatestAsync(db, id, day, cancellationToken)
            ?? throw new ConflictException("no-hours-to-correct", $"No hours are logged for {day:yyyy-MM-dd}: log them instead of correcting them.");
        var correction = HoursEntry.Correct(approved, placement, amount, request.Description, time.GetUtcNow());
        db.Hours.Add(correction);
        db.HoursLogged(placement, correction);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await OverviewAsync(db, placement, cancellationToken));
    }

    private static Task<HoursEntry?> LatestAsync(InternshipsDbContext db, Guid placementId, DateOnly day, CancellationToken cancellationToken) =>
        db.Hours.FirstOrDefaultAsync(h => h.PlacementId == placementId && h.Date == day && !db.Hours.Any(c => c.CorrectsId == h.Id), cancellationToken);

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

        if (monday < HoursEntry.MondayOf(placement.StartDate) || monday > placement.EndDate)
        {
            throw new FieldValidationException("weekStart", $"The week lies outside the placement ({placement.StartDate:yyyy-MM-dd} – {placement.EndDate:yyyy-MM-dd}).");
        }

        var open = await db.Hours.Where(h => h.PlacementId == id && h.WeekStart == monday && h.Status == HoursStatus.Open).ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            throw new ConflictException("no-open-hours", $"The week of {monday:yyyy-MM-dd} has no open hours to decide on.");
        }

        var actor = user.Actor(Roles.Trainer);
        var now = time.GetUtcNow();
        foreach (var entry in open)
        {
            entry.Decide(approve, actor.Id, comment?.Trim(), now);
        }

        if (approve)
        {
            // The week's figure as it now stands: an approved correction replaces the day it corrects.
            var week = await db.Hours.Where(h => h.PlacementId == id && h.WeekStart == monday).ToListAsync(cancellationToken);
            var weekTotal = HoursEntry.ApprovedFigures(week).Sum(h => h.Hours);
            db.HoursApproved(placement, monday, weekTotal);
        }
        else
        {
            db.HoursRejected(placement, monday, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await OverviewAsync(db, placement, cancellationToken));
    }

    private static async Task<HoursOverview> OverviewAsync(InternshipsDbContext db, Placement placement, CancellationToken cancellationToken)
    {
        var entries = await db.Hours.AsNoTracking().Where(h => h.PlacementId == placement.Id).OrderBy(h => h.Date).ToListAsync(cancellationToken);
        // A day shows its latest entry; what counts is the approved figure, until a correction of it is approved.
        var latest = HoursEntry.Latest(entries);
        var figures = HoursEntry.ApprovedFigures(entries).ToDictionary(h => h.Date);
        var weeks = latest.GroupBy(h => h.WeekStart).Select(week =>
        {
            var statuses = week.Select(h => h.Status).Distinct().ToList();
            // Spelled like the days' statuses on the wire (camelCase); a week whose days differ is "mixed".
            var status = statuses.Count == 1 ? JsonNamingPolicy.CamelCase.ConvertName(statuses[0].ToString()) : "mixed";
            return new HoursWeek(week.Key, week.Sum(h => h.Hours), status,
                [.. week.Select(h => new HoursDay(h.Date, h.Hours, h.Description, h.Status, h.DecisionComment, h.Id, h.CorrectsId, figures.GetValueOrDefault(h.Date)?.Hours))]);
        }).ToList();
        var approved = figures.Values.Sum(h => h.Hours);
        var logged = latest.Sum(h => h.Status != HoursStatus.Rejected ? h.Hours : figures.GetValueOrDefault(h.Date)?.Hours ?? 0);
        return new HoursOverview(placement.PlannedHours, logged, approved, Math.Round((double)approved / placement.PlannedHours, 4), weeks);
    }

    private static DateOnly ParseDate(string value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date) ? date : throw new FieldValidationException(field, "A date as yyyy-MM-dd.");
}
