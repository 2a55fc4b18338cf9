using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Rules;

/// <summary>The placement copy and the agreement (POK) the company must sign: opened when proposed, closed by its signature.</summary>
public sealed class PlacementRules(NotificationsDbContext db, Notifier notifier, Recipients recipients)
{
    /// <summary>The agreement is due a week before the start, but never sooner than three days after it was asked.</summary>
    public static DateTimeOffset AgreementDue(DateOnly start, DateTimeOffset openedAt)
    {
        var weekBefore = new DateTimeOffset(start.AddDays(-7).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var earliest = openedAt.AddDays(3);
        return weekBefore > earliest ? weekBefore : earliest;
    }

    public async Task ApplyAsync(PlacementSnapshot snapshot, long version, DateTimeOffset at, string eventName, CancellationToken cancellationToken)
    {
        if (await Copies.IsErasedAsync(db, snapshot.StudentId, cancellationToken))
        {
            return;
        }

        var placement = await Copies.PlacementAsync(db, snapshot.PlacementId, snapshot.StudentId, snapshot.CompanyId, cancellationToken);
        if (!placement.Apply(snapshot, version))
        {
            return;
        }

        if (placement.Status is PlacementStatus.Proposed)
        {
            if (!placement.CompanyHasSigned)
            {
                await OpenAgreementToSignAsync(placement, at, cancellationToken);
            }
        }
        else
        {
            await notifier.CloseAsync(NotificationKind.AgreementToSign, Subjects.Agreement(placement.Id), ClosedBy.Event(eventName), at, cancellationToken);
        }

        if (placement.Status is PlacementStatus.Completed or PlacementStatus.EndedEarly)
        {
            // The placement's end is the act that answers these: no assignment to confirm, hours to log, assessment or
            // contact can follow it. Work already done (hours to approve, an assignment to sign off or review) still
            // waits for its answer.
            await notifier.CloseWhereAsync(
                db.WorkItems.Where(i => i.PlacementId == placement.Id && EndedWith.Contains(i.Kind)), ClosedBy.Event(eventName), at, cancellationToken);
        }
    }

    /// <summary>The kinds a placement's end closes.</summary>
    public static readonly IReadOnlyList<NotificationKind> EndedWith =
    [
        NotificationKind.AgreementToSign, NotificationKind.AssignmentToConfirm, NotificationKind.HoursToLog,
        NotificationKind.AssessmentDue, NotificationKind.SchoolQuestion, NotificationKind.NoRecentContact,
    ];

    public async Task RecordSignatureAsync(AgreementSignatureRecorded e, CancellationToken cancellationToken)
    {
        if (await Copies.IsErasedAsync(db, e.StudentId, cancellationToken))
        {
            return;
        }

        var placement = await Copies.PlacementAsync(db, e.PlacementId, e.StudentId, e.CompanyId, cancellationToken);
        placement.RecordSignature(e);
        if (e.Party == "company" || !e.MissingParties.Contains("company"))
        {
            await notifier.CloseAsync(
                NotificationKind.AgreementToSign, Subjects.Agreement(e.PlacementId), ClosedBy.Event(nameof(AgreementSignatureRecorded)), e.SignedAt, cancellationToken);
        }
    }

    private async Task OpenAgreementToSignAsync(PlacementCopy placement, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var student = await db.Students.FindAsync([placement.StudentId], cancellationToken);
        var parameters = Parameters.About(student, placement.CompanyName)
            .With(Parameters.DueDate, Parameters.Iso(DateOnly.FromDateTime(AgreementDue(placement.StartDate, at).UtcDateTime)));
        var trainers = await recipients.TrainersAsync(placement.TrainerId, placement.CompanyId, cancellationToken);
        await notifier.OpenForEachAsync(
            trainers.Select(trainer => new WorkItemDraft(
                NotificationKind.AgreementToSign, RecipientKind.Trainer, trainer, Subjects.Agreement(placement.Id),
                Links.TrainerPlacement(placement.Id), new Dictionary<string, string>(parameters), AgreementDue(placement.StartDate, at),
                placement.StudentId, placement.Id, placement.CompanyId)),
            at, cancellationToken);
    }
}
