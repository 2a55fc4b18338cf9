using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// An assignment's way through confirm (trainer), sign off (trainer), review (teacher): each status change closes what
/// the previous status asked and opens what the new one asks. A change older than the one applied does nothing.
/// </summary>
public sealed class AssignmentRules(NotificationsDbContext db, Notifier notifier, Recipients recipients)
{
    private static readonly string[] SchoolRoles = [Roles.Teacher, Roles.Mentor, Roles.Coordinator];

    public async Task ApplyAsync(AssignmentStatusChanged e, CancellationToken cancellationToken)
    {
        var assignment = e.Assignment;
        if (await Copies.IsErasedAsync(db, assignment.StudentId, cancellationToken))
        {
            return;
        }

        var copy = await db.Assignments.FindAsync([assignment.AssignmentId], cancellationToken);
        if (copy is null)
        {
            copy = new AssignmentCopy { Id = assignment.AssignmentId };
            db.Assignments.Add(copy);
        }

        if (!copy.Apply(e))
        {
            return;
        }

        var at = e.ChangedAt;
        var subject = Subjects.Assignment(assignment.AssignmentId);
        var closedBy = ClosedBy.Event(nameof(AssignmentStatusChanged));
        switch (assignment.Status)
        {
            case AssignmentStatus.Draft or AssignmentStatus.ChangeRequested:
                await notifier.CloseAsync(NotificationKind.AssignmentToSignOff, subject, closedBy, at, cancellationToken);
                if (SchoolRoles.Contains(e.ChangedByRole))
                {
                    await OpenForTrainersAsync(e, NotificationKind.AssignmentToConfirm, cancellationToken);
                }
                else
                {
                    // The trainer answered with a change request of their own: they acted.
                    await notifier.CloseAsync(NotificationKind.AssignmentToConfirm, subject, closedBy, at, cancellationToken);
                }

                break;
            case AssignmentStatus.Agreed or AssignmentStatus.InProgress:
                await notifier.CloseAsync(NotificationKind.AssignmentToConfirm, subject, closedBy, at, cancellationToken);
                break;
            case AssignmentStatus.Submitted:
                await notifier.CloseAsync(NotificationKind.AssignmentToConfirm, subject, closedBy, at, cancellationToken);
                await OpenForTrainersAsync(e, NotificationKind.AssignmentToSignOff, cancellationToken);
                break;
            case AssignmentStatus.Returned:
                await notifier.CloseAsync(NotificationKind.AssignmentToSignOff, subject, closedBy, at, cancellationToken);
                await TellStudentReturnedAsync(e, cancellationToken);
                break;
            case AssignmentStatus.SignedOff:
                await notifier.CloseAsync(NotificationKind.AssignmentToConfirm, subject, closedBy, at, cancellationToken);
                await notifier.CloseAsync(NotificationKind.AssignmentToSignOff, subject, closedBy, at, cancellationToken);
                await OpenForReviewAsync(e, cancellationToken);
                break;
            case AssignmentStatus.Reviewed:
                await notifier.CloseAsync(NotificationKind.AssignmentToSignOff, subject, closedBy, at, cancellationToken);
                await notifier.CloseAsync(NotificationKind.AssignmentToReview, subject, closedBy, at, cancellationToken);
                break;
        }
    }

    private async Task OpenForTrainersAsync(AssignmentStatusChanged e, NotificationKind kind, CancellationToken cancellationToken)
    {
        var assignment = e.Assignment;
        var placement = await db.Placements.FindAsync([assignment.PlacementId], cancellationToken);
        var parameters = await ParametersAsync(assignment, placement, cancellationToken);
        var trainers = await recipients.TrainersAsync(placement?.TrainerId, assignment.CompanyId, cancellationToken);
        await notifier.OpenForEachAsync(
            trainers.Select(trainer => new WorkItemDraft(
                kind, RecipientKind.Trainer, trainer, Subjects.Assignment(assignment.AssignmentId), Links.TrainerPlacement(assignment.PlacementId),
                new Dictionary<string, string>(parameters), e.ChangedAt.AddDays(7), assignment.StudentId, assignment.PlacementId, assignment.CompanyId)),
            e.ChangedAt, cancellationToken);
    }

    private async Task OpenForReviewAsync(AssignmentStatusChanged e, CancellationToken cancellationToken)
    {
        var assignment = e.Assignment;
        var placement = await db.Placements.FindAsync([assignment.PlacementId], cancellationToken);
        var student = await db.Students.FindAsync([assignment.StudentId], cancellationToken);
        // Teacher, else mentor; with neither known the coordinators review it rather than nobody.
        var reviewer = await recipients.SchoolContactAsync(placement?.TeacherStaffId, student?.MentorStaffId, cancellationToken);
        IReadOnlyList<Guid> reviewers = reviewer is { } staffId ? [staffId] : await recipients.CoordinatorsAsync(cancellationToken);
        var parameters = await ParametersAsync(assignment, placement, cancellationToken);
        await notifier.OpenForEachAsync(
            reviewers.Select(staff => new WorkItemDraft(
                NotificationKind.AssignmentToReview, RecipientKind.Staff, staff, Subjects.Assignment(assignment.AssignmentId), Links.Teacher,
                new Dictionary<string, string>(parameters), e.ChangedAt.AddDays(14), assignment.StudentId, assignment.PlacementId, assignment.CompanyId)),
            e.ChangedAt, cancellationToken);
    }

    private async Task TellStudentReturnedAsync(AssignmentStatusChanged e, CancellationToken cancellationToken)
    {
        var assignment = e.Assignment;
        var placement = await db.Placements.FindAsync([assignment.PlacementId], cancellationToken);
        await notifier.InformAsync(
            new InformationDraft(
                NotificationKind.AssignmentReturned, RecipientKind.Student, assignment.StudentId, $"assignment:{assignment.AssignmentId}:returned:{e.Version}",
                Links.Student, await ParametersAsync(assignment, placement, cancellationToken), assignment.StudentId, assignment.CompanyId),
            e.ChangedAt, cancellationToken);
    }

    private async Task<Dictionary<string, string>> ParametersAsync(AssignmentSnapshot assignment, PlacementCopy? placement, CancellationToken cancellationToken)
    {
        var student = await db.Students.FindAsync([assignment.StudentId], cancellationToken);
        return Parameters.About(student, placement?.CompanyName)
            .With(Parameters.AssignmentTitle, assignment.Title)
            .With(Parameters.DueDate, assignment.DueDate is { } due ? Parameters.Iso(due) : null);
    }
}
