using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// A school–company contact: it ends "no recent contact"; the school's follow-up question asks the trainer to answer
/// (their next contact on the placement answers it); the school's answer to a trainer's concern is news for the trainer.
/// </summary>
public sealed class ContactRules(NotificationsDbContext db, Notifier notifier, Recipients recipients)
{
    private static readonly string[] SchoolRoles = [Roles.Teacher, Roles.Mentor, Roles.Coordinator];

    public async Task LoggedAsync(ContactLogged e, CancellationToken cancellationToken)
    {
        if (await Copies.IsErasedAsync(db, e.StudentId, cancellationToken))
        {
            return;
        }

        var placement = await Copies.PlacementAsync(db, e.PlacementId, e.StudentId, e.CompanyId, cancellationToken);
        placement.RecordContact(e);
        var closedBy = ClosedBy.Event(nameof(ContactLogged));
        await notifier.CloseWhereAsync(
            db.WorkItems.Where(i => i.Kind == NotificationKind.NoRecentContact && i.PlacementId == e.PlacementId), closedBy, e.ContactedAt, cancellationToken);

        if (e.LoggedByRole == Roles.Trainer)
        {
            await notifier.CloseWhereAsync(
                db.WorkItems.Where(i => i.Kind == NotificationKind.SchoolQuestion && i.PlacementId == e.PlacementId), closedBy, e.ContactedAt, cancellationToken, openedBefore: e.ContactedAt);
        }
        else if (e.FollowUpDue is { } followUp && e.LoggedByRole is { } role && SchoolRoles.Contains(role))
        {
            var student = await db.Students.FindAsync([e.StudentId], cancellationToken);
            var parameters = Parameters.About(student, placement.CompanyName).With(Parameters.DueDate, Parameters.Iso(followUp));
            var trainers = await recipients.TrainersAsync(placement.TrainerId, e.CompanyId, cancellationToken);
            await notifier.OpenForEachAsync(
                trainers.Select(trainer => new WorkItemDraft(
                    NotificationKind.SchoolQuestion, RecipientKind.Trainer, trainer, Subjects.SchoolQuestion(e.ContactId),
                    Links.TrainerPlacement(e.PlacementId), new Dictionary<string, string>(parameters),
                    new DateTimeOffset(followUp.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), e.StudentId, e.PlacementId, e.CompanyId)),
                e.ContactedAt, cancellationToken);
        }
    }

    public async Task ConcernAnsweredAsync(WorkplaceConcernAnswered e, CancellationToken cancellationToken)
    {
        if (await Copies.IsErasedAsync(db, e.StudentId, cancellationToken))
        {
            return;
        }

        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == e.PlacementId, cancellationToken);
        var student = await db.Students.FindAsync([e.StudentId], cancellationToken);
        var parameters = Parameters.About(student, placement?.CompanyName);
        foreach (var trainer in await recipients.TrainersAsync(placement?.TrainerId, e.CompanyId, cancellationToken))
        {
            if (trainer == Recipients.NobodyYet)
            {
                continue;
            }

            await notifier.InformAsync(
                new InformationDraft(
                    NotificationKind.SchoolQuestion, RecipientKind.Trainer, trainer, $"concern:{e.ConcernId}:answered:{e.AnsweredAt.UtcTicks}",
                    Links.TrainerPlacement(e.PlacementId), new Dictionary<string, string>(parameters), e.StudentId, e.CompanyId),
                e.AnsweredAt, cancellationToken);
        }
    }
}
