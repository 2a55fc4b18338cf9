using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Features.Signals;

/// <summary>
/// The early-warning rules. Event-driven rules run where their trigger happens (an assessment submitted, a
/// placement event, approved hours); time-based ones run in <see cref="SweepAsync"/>, which the hosted
/// <see cref="SignalSweep"/> calls periodically and tests call with a chosen "now".
/// </summary>
public sealed class SignalRules(GuidanceDbContext db, SignalRaiser raiser, FrameworkCache frameworks, IOptions<SignalOptions> options)
{
    private readonly SignalOptions _options = options.Value;

    /// <summary>Call after the submitted assessment is saved (a correction it saved makes the original stop counting).</summary>
    public async Task AfterAssessmentSubmittedAsync(Assessment submitted, CancellationToken cancellationToken)
    {
        var history = await db.Assessments.Counting()
            .Where(a => a.StudentId == submitted.StudentId && a.Id != submitted.Id && a.SubmittedAt <= submitted.SubmittedAt)
            .OrderByDescending(a => a.SubmittedAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        var link = $"/api/assessments/{submitted.Id}";
        // The criterion names of the framework version the assessment used (a version published within the cache's
        // minute is read from the database).
        var framework = (await frameworks.AllAsync(cancellationToken)).FirstOrDefault(f => f.Id == submitted.FrameworkId)
            ?? await db.Frameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == submitted.FrameworkId, cancellationToken);
        string Name(string key) => framework?.Criterion(key)?.Name ?? key;

        var previous = history.FirstOrDefault();
        if (previous is not null)
        {
            foreach (var rating in submitted.Ratings.Where(r => r.Level == AttitudeLevel.NeedsAttention))
            {
                if (previous.Ratings.Any(r => r.CriterionKey == rating.CriterionKey && r.Level == AttitudeLevel.NeedsAttention))
                {
                    await raiser.RaiseAsync(submitted.StudentId, SignalRule.RepeatedNeedsAttention, rating.CriterionKey,
                        SignalEvidence.RepeatedNeedsAttention(Name(rating.CriterionKey), previous.Role, previous.SubmittedAt!.Value, submitted.Role, submitted.SubmittedAt!.Value, rating.Observation),
                        link, once: false, cancellationToken);
                }
            }
        }

        if (submitted.Role is AssessorRole.Trainer or AssessorRole.Self)
        {
            var other = history.FirstOrDefault(a => a.Role == (submitted.Role == AssessorRole.Trainer ? AssessorRole.Self : AssessorRole.Trainer));
            if (other is not null)
            {
                var (trainer, self) = submitted.Role == AssessorRole.Trainer ? (submitted, other) : (other, submitted);
                var apart = CriteriaApart(trainer, self);
                if (apart.Count >= 2)
                {
                    await raiser.RaiseAsync(submitted.StudentId, SignalRule.TrainerSelfDiscrepancy, "trainer-self",
                        SignalEvidence.TrainerSelfDiscrepancy([.. apart.Select(Name)]),
                        $"/api/assessments/{trainer.Id}", once: false, cancellationToken);
                }
            }
        }

        if (submitted.Ratings.Any(r => r.Level == AttitudeLevel.NeedsAttention))
        {
            List<string> needing = [.. submitted.Ratings.Where(r => r.Level == AttitudeLevel.NeedsAttention).Select(r => Name(r.CriterionKey))];
            await EarlyLeavingAsync(submitted.StudentId, DateOnly.FromDateTime(submitted.SubmittedAt!.Value.UtcDateTime),
                SignalEvidence.NeedsAttentionEarly(needing, submitted.Role), link, cancellationToken);
        }
    }

    /// <summary>Criteria where two assessments differ by two levels or more; "not observed" never counts.</summary>
    public static List<string> CriteriaApart(Assessment a, Assessment b) =>
        [.. a.Ratings
            .Where(r => r.Level != AttitudeLevel.NotObserved)
            .Join(b.Ratings.Where(r => r.Level != AttitudeLevel.NotObserved), r => r.CriterionKey, r => r.CriterionKey, (x, y) => (x.CriterionKey, Gap: Math.Abs((int)x.Level - (int)y.Level)))
            .Where(pair => pair.Gap >= 2)
            .Select(pair => pair.CriterionKey)];

    public async Task PlacementEndedEarlyAsync(PlacementCopy placement, DateOnly endedOn, PlacementEndReason? reason, CancellationToken cancellationToken)
    {
        var link = $"/api/placements/{placement.Id}";
        await raiser.RaiseAsync(placement.StudentId, SignalRule.PlacementEndedEarly, $"placement:{placement.Id}",
            SignalEvidence.PlacementEndedEarly(placement.CompanyName, endedOn, reason), link, once: true, cancellationToken);
        await EarlyLeavingAsync(placement.StudentId, endedOn, SignalEvidence.PlacementEndedEarlyInFirstMonths(placement.CompanyName), link, cancellationToken);
    }

    public async Task PlacementAtRiskAsync(PlacementCopy placement, PlacementRisk risk, string detail, DateOnly on, CancellationToken cancellationToken)
    {
        var link = $"/api/placements/{placement.Id}";
        await raiser.RaiseAsync(placement.StudentId, SignalRule.PlacementAtRisk, $"placement:{placement.Id}:{risk}",
            SignalEvidence.PlacementAtRisk(placement.CompanyName, risk, detail), link, once: false, cancellationToken);
        await EarlyLeavingAsync(placement.StudentId, on, SignalEvidence.PlacementAtRiskInFirstMonths(placement.CompanyName, risk), link, cancellationToken);
    }

    public async Task HoursAsync(Guid placementId, DateOnly today, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        if (placement is null || placement.Status != PlacementStatus.Active)
        {
            return;
        }

        var approved = await db.ApprovedWeeks.Where(w => w.PlacementId == placementId).SumAsync(w => w.Hours, cancellationToken);
        var needs = await db.Students.AsNoTracking().Where(s => s.Id == placement.StudentId).Select(s => s.Needs).FirstOrDefaultAsync(cancellationToken);
        await HoursBehindAsync(placement, approved, today, needs, cancellationToken);
    }

    /// <summary>The time-based rules, evaluated at <paramref name="now"/>.</summary>
    public async Task SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        // The earliest a review can be overdue for anyone (the intake may lower a student's days); each is then
        // measured against its own student's threshold.
        var overdueBefore = now.AddDays(-Math.Min(_options.ReviewOverdueDays, _options.IntakeReviewOverdueDays));
        var overdue = await db.Reviews.AsNoTracking()
            .Where(r => r.Status == ReviewStatus.Scheduled && r.ScheduledAt < overdueBefore)
            .Select(r => new { r.Id, r.StudentId, r.ScheduledAt, Needs = db.Students.Where(s => s.Id == r.StudentId).Select(s => s.Needs).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        foreach (var review in overdue)
        {
            var matched = IntakeNeeds.Matching(review.Needs, NeedsCategory.PrivateCircumstances, NeedsCategory.Structure);
            // PostgreSQL keeps microseconds: the cut-off is compared as the database would have compared it.
            var cutoff = now.AddDays(-IntakeNeeds.Threshold(matched, _options.ReviewOverdueDays, _options.IntakeReviewOverdueDays));
            if (review.ScheduledAt >= cutoff.AddTicks(-(cutoff.Ticks % TimeSpan.TicksPerMicrosecond)))
            {
                continue;
            }

            await raiser.RaiseAsync(review.StudentId, SignalRule.ReviewOverdue, $"review:{review.Id}",
                IntakeNeeds.Explain(SignalEvidence.ReviewOverdue(review.ScheduledAt, (now - review.ScheduledAt).Days), matched),
                $"/api/reviews/{review.Id}", once: true, cancellationToken, loweredByIntake: matched.Count > 0);
        }

        var active = await db.Placements.AsNoTracking()
            .Where(p => p.Status == PlacementStatus.Active)
            .Select(p => new
            {
                Placement = p,
                LastContact = db.Contacts.Where(c => c.PlacementId == p.Id).Max(c => (DateTimeOffset?)c.ContactedAt),
                Approved = db.ApprovedWeeks.Where(w => w.PlacementId == p.Id).Sum(w => w.Hours),
                Needs = db.Students.Where(s => s.Id == p.StudentId).Select(s => s.Needs).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        foreach (var row in active)
        {
            var placement = row.Placement;
            var since = row.LastContact is { } last ? DateOnly.FromDateTime(last.UtcDateTime) : placement.MeasuredFrom;
            var matched = IntakeNeeds.Matching(row.Needs, NeedsCategory.Structure, NeedsCategory.Pedagogical);
            var weeks = IntakeNeeds.Threshold(matched, _options.NoContactWeeks, _options.IntakeNoContactWeeks);
            if (today.DayNumber - since.DayNumber > weeks * 7)
            {
                await raiser.RaiseAsync(placement.StudentId, SignalRule.NoSchoolCompanyContact, $"placement:{placement.Id}:since:{since:yyyy-MM-dd}",
                    IntakeNeeds.Explain(SignalEvidence.NoSchoolCompanyContact(placement.CompanyName, since, weeks), matched),
                    $"/api/placements/{placement.Id}", once: true, cancellationToken, loweredByIntake: matched.Count > 0);
            }

            await HoursBehindAsync(placement, row.Approved, today, row.Needs, cancellationToken);
        }

        await EarlyLeavingSweepAsync(today, cancellationToken);
    }

    private async Task HoursBehindAsync(PlacementCopy placement, decimal approved, DateOnly today, NeedsSummary? needs, CancellationToken cancellationToken)
    {
        var expected = ExpectedHours(placement, today);
        var matched = IntakeNeeds.Matching(needs, NeedsCategory.Structure);
        // A week's grace at the start: nobody is behind before the first week could be approved.
        if (expected <= 0 || today.DayNumber - placement.MeasuredFrom.DayNumber < 7
            || approved >= IntakeNeeds.Threshold(matched, _options.HoursThreshold, _options.IntakeHoursThreshold) * expected)
        {
            return;
        }

        await raiser.RaiseAsync(placement.StudentId, SignalRule.HoursBehindPlan, $"placement:{placement.Id}",
            IntakeNeeds.Explain(SignalEvidence.HoursBehindPlan(placement.CompanyName, approved, expected), matched),
            $"/api/placements/{placement.Id}", once: true, cancellationToken, loweredByIntake: matched.Count > 0);
    }

    /// <summary>
    /// The placement's planned hours, pro rata to <paramref name="today"/> over the days from the real start to the end
    /// (a late start spreads the plan over the time the placement really has).
    /// </summary>
    public static decimal ExpectedHours(PlacementCopy placement, DateOnly today)
    {
        var from = placement.MeasuredFrom;
        var total = placement.EndDate.DayNumber - from.DayNumber;
        if (total <= 0 || today < from)
        {
            return 0;
        }

        var elapsed = Math.Min(total, today.DayNumber - from.DayNumber);
        return Math.Round(placement.PlannedHours * (decimal)elapsed / total, 1);
    }

    /// <summary>Early leaving is what the first months' watch exists to prevent: its signal is always urgent.</summary>
    private async Task EarlyLeavingAsync(Guid studentId, DateOnly on, SignalText evidence, string link, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking().Where(s => s.Id == studentId).Select(s => new { s.EnrolmentId, s.EnrolmentStart }).FirstOrDefaultAsync(cancellationToken);
        if (student?.EnrolmentStart is not { } start || on < start || on > start.AddMonths(_options.EarlyLeavingMonths))
        {
            return;
        }

        await raiser.RaiseAsync(studentId, SignalRule.EarlyLeavingWatch, $"enrolment:{student.EnrolmentId ?? studentId}", evidence, link, once: true, cancellationToken, urgent: true);
    }

    /// <summary>Catches triggers that arrived before the enrolment did (events from different services in any order).</summary>
    private async Task EarlyLeavingSweepAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var earliest = today.AddMonths(-_options.EarlyLeavingMonths);
        var watched = await db.Students.AsNoTracking()
            .Where(s => s.EnrolmentStart >= earliest && s.ErasedAt == null)
            .Select(s => new { s.Id, Start = s.EnrolmentStart!.Value })
            .ToListAsync(cancellationToken);
        foreach (var student in watched)
        {
            var from = new DateTimeOffset(student.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var assessments = await db.Assessments.Counting()
                .Where(a => a.StudentId == student.Id && a.SubmittedAt >= from)
                .ToListAsync(cancellationToken);
            var flagged = assessments.FirstOrDefault(a => a.Ratings.Any(r => r.Level == AttitudeLevel.NeedsAttention));
            if (flagged is not null)
            {
                await EarlyLeavingAsync(student.Id, DateOnly.FromDateTime(flagged.SubmittedAt!.Value.UtcDateTime),
                    SignalEvidence.NeedsAttentionEarly(flagged.Role), $"/api/assessments/{flagged.Id}", cancellationToken);
                continue;
            }

            var placements = await db.Placements.AsNoTracking().Where(p => p.StudentId == student.Id).ToListAsync(cancellationToken);
            var problem = placements.FirstOrDefault(p => p.EndedEarly || p.Risks.Count > 0);
            if (problem is not null)
            {
                await EarlyLeavingAsync(student.Id, problem.EndedOn ?? today,
                    SignalEvidence.PlacementProblemInFirstMonths(problem.CompanyName), $"/api/placements/{problem.Id}", cancellationToken);
            }
        }
    }
}
