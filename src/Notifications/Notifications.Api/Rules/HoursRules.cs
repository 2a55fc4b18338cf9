using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Rules;

/// <summary>A week of hours logged asks the trainer to approve it (and answers the student's reminder); approval or rejection closes it.</summary>
public sealed class HoursRules(NotificationsDbContext db, Notifier notifier, Recipients recipients)
{
    /// <summary>A week's hours are to be approved within a week after its Sunday.</summary>
    public static DateTimeOffset ApprovalDue(DateOnly weekStart) =>
        new(weekStart.AddDays(14).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public async Task LoggedAsync(HoursLogged e, CancellationToken cancellationToken)
    {
        if (await Copies.IsErasedAsync(db, e.StudentId, cancellationToken))
        {
            return;
        }

        var placement = await Copies.PlacementAsync(db, e.PlacementId, e.StudentId, e.CompanyId, cancellationToken);
        placement.RecordHours(e);
        await notifier.CloseAsync(
            NotificationKind.HoursToLog, Subjects.HoursToLog(e.PlacementId, e.WeekStart), ClosedBy.Event(nameof(HoursLogged)), e.LoggedAt, cancellationToken);

        var student = await db.Students.FindAsync([e.StudentId], cancellationToken);
        var parameters = Parameters.About(student, placement.CompanyName).With(Parameters.WeekStart, Parameters.Iso(e.WeekStart));
        var trainers = await recipients.TrainersAsync(placement.TrainerId, e.CompanyId, cancellationToken);
        await notifier.OpenForEachAsync(
            trainers.Select(trainer => new WorkItemDraft(
                NotificationKind.HoursToApprove, RecipientKind.Trainer, trainer, Subjects.HoursToApprove(e.PlacementId, e.WeekStart),
                Links.TrainerPlacement(e.PlacementId), new Dictionary<string, string>(parameters), ApprovalDue(e.WeekStart),
                e.StudentId, e.PlacementId, e.CompanyId)),
            e.LoggedAt, cancellationToken);
    }

    public Task ApprovedAsync(HoursApproved e, CancellationToken cancellationToken) =>
        notifier.CloseAsync(
            NotificationKind.HoursToApprove, Subjects.HoursToApprove(e.PlacementId, e.WeekStart), ClosedBy.Event(nameof(HoursApproved)), e.OccurredAt, cancellationToken);

    public Task RejectedAsync(HoursRejected e, CancellationToken cancellationToken) =>
        notifier.CloseAsync(
            NotificationKind.HoursToApprove, Subjects.HoursToApprove(e.PlacementId, e.WeekStart), ClosedBy.Event(nameof(HoursRejected)), e.RejectedAt, cancellationToken);
}
