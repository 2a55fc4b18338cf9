using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// Guidance's events: a signal asks the mentor to respond; an assessment answers the assessment reminders and, when
/// assessors differ, asks the mentor to talk it through at the next review; a planned review answers "review due" and is
/// news for the student (and a trainer taking part); the rhythm feeds the due job.
/// </summary>
public sealed class GuidanceRules(NotificationsDbContext db, Notifier notifier, Recipients recipients)
{
    public async Task SignalRaisedAsync(RiskSignalRaised e, CancellationToken cancellationToken)
    {
        if (await Copies.IsErasedAsync(db, e.StudentId, cancellationToken))
        {
            return;
        }

        var student = await db.Students.FindAsync([e.StudentId], cancellationToken);
        var mentor = await recipients.StaffMemberAsync(e.MentorStaffId ?? student?.MentorStaffId, cancellationToken);
        // No mentor (yet): the coordinators hear of it rather than nobody.
        IReadOnlyList<Guid> staff = mentor is { } id ? [id] : await recipients.CoordinatorsAsync(cancellationToken);
        var parameters = Parameters.About(student).With(Parameters.Rule, e.Rule).With(Parameters.Urgent, e.Urgent ? "true" : null);
        var due = e.RaisedAt.AddDays(e.Urgent ? 1 : 5);
        await notifier.OpenForEachAsync(
            staff.Select(person => new WorkItemDraft(
                NotificationKind.SignalRaised, RecipientKind.Staff, person, Subjects.Signal(e.SignalId), Links.MentorStudent(e.StudentId),
                new Dictionary<string, string>(parameters), due, e.StudentId, Urgent: e.Urgent)),
            e.RaisedAt, cancellationToken);
    }

    public Task SignalAnsweredAsync(Guid signalId, string eventName, DateTimeOffset at, CancellationToken cancellationToken) =>
        notifier.CloseAsync(NotificationKind.SignalRaised, Subjects.Signal(signalId), ClosedBy.Event(eventName), at, cancellationToken);

    public async Task AssessmentSubmittedAsync(AttitudeAssessmentSubmitted e, CancellationToken cancellationToken)
    {
        if (await Copies.IsErasedAsync(db, e.StudentId, cancellationToken))
        {
            return;
        }

        var rhythm = await Copies.RhythmAsync(db, e.StudentId, cancellationToken);
        rhythm.Apply(e);
        var closedBy = ClosedBy.Event(nameof(AttitudeAssessmentSubmitted));
        var kind = e.AssessorRole switch
        {
            "trainer" => NotificationKind.AssessmentDue,
            "self" => (NotificationKind?)NotificationKind.SelfAssessmentDue,
            _ => null,
        };
        if (kind is { } done)
        {
            await notifier.CloseWhereAsync(db.WorkItems.Where(i => i.Kind == done && i.StudentId == e.StudentId), closedBy, e.SubmittedAt, cancellationToken);
        }

        if (e.DiscrepantCriteria.Count == 0)
        {
            return;
        }

        var student = await db.Students.FindAsync([e.StudentId], cancellationToken);
        if (await recipients.StaffMemberAsync(student?.MentorStaffId, cancellationToken) is not { } mentor)
        {
            return;
        }

        var parameters = Parameters.About(student).With(Parameters.Count, e.DiscrepantCriteria.Count.ToString());
        await notifier.OpenAsync(
            new WorkItemDraft(
                NotificationKind.AssessorDiscrepancy, RecipientKind.Staff, mentor, Subjects.Discrepancy(e.AssessmentId), Links.MentorStudent(e.StudentId),
                parameters, null, e.StudentId, e.PlacementId),
            e.SubmittedAt, cancellationToken);
    }

    public async Task ReviewScheduledAsync(ReviewScheduled e, CancellationToken cancellationToken)
    {
        if (await Copies.IsErasedAsync(db, e.StudentId, cancellationToken))
        {
            return;
        }

        var rhythm = await Copies.RhythmAsync(db, e.StudentId, cancellationToken);
        rhythm.Apply(e);
        await notifier.CloseWhereAsync(
            db.WorkItems.Where(i => i.Kind == NotificationKind.ReviewDue && i.StudentId == e.StudentId), ClosedBy.Event(nameof(ReviewScheduled)), e.OccurredAt, cancellationToken);

        var student = await db.Students.FindAsync([e.StudentId], cancellationToken);
        var parameters = Parameters.About(student).With(Parameters.ReviewDate, Parameters.Iso(DateOnly.FromDateTime(e.ScheduledAt.UtcDateTime)));
        var key = $"review:{e.ReviewId}:scheduled:{e.ScheduledAt.UtcTicks}";
        await notifier.InformAsync(
            new InformationDraft(
                NotificationKind.ReviewScheduled, RecipientKind.Student, e.StudentId, key, Links.Student,
                new Dictionary<string, string>(parameters).With(Parameters.Addressee, "student"), e.StudentId),
            e.OccurredAt, cancellationToken);

        if (!e.Participants.Contains("trainer"))
        {
            return;
        }

        // The trainer of the student's current placement (signed or running), the one who will sit at the table.
        var placement = await db.Placements.AsNoTracking()
            .Where(p => p.StudentId == e.StudentId && (p.Status == PlacementStatus.Active || p.Status == PlacementStatus.AgreementSigned))
            .OrderByDescending(p => p.Status == PlacementStatus.Active).ThenByDescending(p => p.StartDate)
            .FirstOrDefaultAsync(cancellationToken);
        if (placement is null)
        {
            return;
        }

        foreach (var trainer in await recipients.TrainersAsync(placement.TrainerId, placement.CompanyId, cancellationToken))
        {
            if (trainer != Recipients.NobodyYet)
            {
                await notifier.InformAsync(
                    new InformationDraft(
                        NotificationKind.ReviewScheduled, RecipientKind.Trainer, trainer, key, Links.TrainerPlacement(placement.Id),
                        new Dictionary<string, string>(parameters).With(Parameters.CompanyName, placement.CompanyName), e.StudentId, placement.CompanyId),
                    e.OccurredAt, cancellationToken);
            }
        }
    }

    public async Task ReviewHeldAsync(ReviewHeld e, CancellationToken cancellationToken)
    {
        if (await Copies.IsErasedAsync(db, e.StudentId, cancellationToken))
        {
            return;
        }

        var rhythm = await Copies.RhythmAsync(db, e.StudentId, cancellationToken);
        rhythm.Apply(e);
        await notifier.CloseWhereAsync(
            db.WorkItems.Where(i => i.Kind == NotificationKind.ReviewDue && i.StudentId == e.StudentId), ClosedBy.Event(nameof(ReviewHeld)), e.HeldAt, cancellationToken);
        await notifier.CloseWhereAsync(
            db.WorkItems.Where(i => i.Kind == NotificationKind.AssessorDiscrepancy && i.StudentId == e.StudentId), ClosedBy.Event(nameof(ReviewHeld)), e.HeldAt,
            cancellationToken, openedBefore: e.HeldAt);
    }

    public async Task ReviewCancelledAsync(ReviewCancelled e, CancellationToken cancellationToken)
    {
        if (!await Copies.IsErasedAsync(db, e.StudentId, cancellationToken))
        {
            (await Copies.RhythmAsync(db, e.StudentId, cancellationToken)).Apply(e);
        }
    }

    public async Task PlanUpdatedAsync(PlanUpdated e, CancellationToken cancellationToken)
    {
        if (!await Copies.IsErasedAsync(db, e.StudentId, cancellationToken))
        {
            (await Copies.RhythmAsync(db, e.StudentId, cancellationToken)).Apply(e);
        }
    }
}
