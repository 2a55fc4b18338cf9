using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Progress;

public static class CaseloadApi
{
    /// <summary>Rules whose open signal makes a student red on their own.</summary>
    public static readonly SignalRule[] UrgentRules =
        [SignalRule.EarlyLeavingWatch, SignalRule.PlacementEndedEarly, SignalRule.RepeatedNeedsAttention, SignalRule.ReviewOverdue];

    public static IEndpointRouteBuilder MapCaseloadApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/mentors/me/students", GetAsync).WithTags("Progress").RequireAuthorization(Policies.Mentor);
        return app;
    }

    /// <summary>One query: a line per mentee with its signal counts, next review and current placement; sorted by urgency.</summary>
    private static async Task<Ok<List<CaseloadLine>>> GetAsync(ClaimsPrincipal user, GuidanceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var mentor = user.StaffId();
        var now = clock.GetUtcNow();
        var urgent = UrgentRules;
        var rows = await db.Students.AsNoTracking()
            .Where(s => s.MentorStaffId == mentor && s.ErasedAt == null)
            .Select(s => new
            {
                s.Id,
                s.FirstName,
                s.LastName,
                s.StudentNumber,
                s.Cohort,
                s.Status,
                Open = db.Signals.Count(x => x.StudentId == s.Id && x.Status != SignalStatus.Resolved),
                Urgent = db.Signals.Count(x => x.StudentId == s.Id && x.Status != SignalStatus.Resolved && urgent.Contains(x.Rule)),
                NextReview = db.Reviews.Where(r => r.StudentId == s.Id && r.Status == ReviewStatus.Scheduled).Min(r => (DateTimeOffset?)r.ScheduledAt),
                HasPlan = db.Plans.Any(p => p.StudentId == s.Id),
                Company = db.Placements.Where(p => p.StudentId == s.Id && p.Status == PlacementStatus.Active).Select(p => p.CompanyName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var lines = rows.Select(row =>
        {
            var reasons = new List<string>();
            var overdue = row.NextReview < now;
            if (row.Urgent > 0)
            {
                reasons.Add("urgent-signal");
            }

            if (row.Open >= 3)
            {
                reasons.Add("many-signals");
            }

            if (row.NextReview < now.AddDays(-7))
            {
                reasons.Add("review-overdue");
            }

            var red = reasons.Count > 0;
            if (row.Open > 0 && !red)
            {
                reasons.Add("open-signal");
            }

            if (!row.HasPlan)
            {
                reasons.Add("no-plan");
            }

            if (row.NextReview is null)
            {
                reasons.Add("no-review-planned");
            }

            var light = red ? TrafficLight.Red : reasons.Count > 0 ? TrafficLight.Orange : TrafficLight.Green;
            return new CaseloadLine(row.Id, $"{row.FirstName} {row.LastName}".Trim(), row.StudentNumber, row.Cohort, row.Status, light, reasons, row.Open, row.NextReview, overdue, row.Company);
        })
        .OrderBy(l => l.TrafficLight)
        .ThenByDescending(l => l.OpenSignals)
        .ThenBy(l => l.NextReview ?? DateTimeOffset.MaxValue)
        .ThenBy(l => l.Name, StringComparer.CurrentCulture)
        .ToList();
        return TypedResults.Ok(lines);
    }
}
