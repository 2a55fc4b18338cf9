using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// The end-of-placement survey (Insights asks; the answers stay there). The respondent hears of it once, as information:
/// no work item, so nothing is due, nothing escalates. Their answer marks the line read, so no mail still carries it.
/// </summary>
public sealed class SurveyRules(NotificationsDbContext db, Notifier notifier)
{
    public const string StudentRespondent = "student";

    public const string TrainerRespondent = "trainer";

    /// <summary>
    /// To the student, or to the placement's trainer while that trainer is active at the survey's company. Nobody when the
    /// student is erased or the respondent is not known here (an unknown respondent kind, a trainer copy that never
    /// arrived, was erased or works elsewhere): there is nobody to tell, and nothing is wrong.
    /// </summary>
    public async Task OpenedAsync(PlacementSurveyOpened e, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == e.StudentId, cancellationToken);
        if (student is { IsErased: true })
        {
            return;
        }

        var recipient = await RecipientAsync(e, student, cancellationToken);
        if (recipient is not { } to)
        {
            return;
        }

        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == e.PlacementId, cancellationToken);
        var parameters = Parameters.About(student, placement?.CompanyName).With(Parameters.DueDate, Parameters.Iso(e.ClosesOn));
        if (to.Kind == RecipientKind.Student)
        {
            parameters.With(Parameters.Addressee, StudentRespondent);
        }

        await notifier.InformAsync(
            new InformationDraft(
                NotificationKind.SurveyToAnswer, to.Kind, to.Id, Subjects.Survey(e.SurveyId), Links.Survey(e.SurveyId), parameters, e.StudentId, e.CompanyId),
            e.OpenedAt, cancellationToken);
    }

    /// <summary>Answered: the survey's line is read (wherever it is still unread); nothing more is sent.</summary>
    public async Task AnsweredAsync(PlacementSurveyAnswered e, CancellationToken cancellationToken)
    {
        var key = Subjects.Survey(e.SurveyId);
        var unread = await db.Notifications
            .Where(n => n.Kind == NotificationKind.SurveyToAnswer && n.DedupeKey == key && n.ReadAt == null)
            .ToListAsync(cancellationToken);
        foreach (var notification in unread)
        {
            notification.ReadAt = e.AnsweredAt.ToUniversalTime();
        }
    }

    private async Task<(RecipientKind Kind, Guid Id)?> RecipientAsync(PlacementSurveyOpened e, StudentCopy? student, CancellationToken cancellationToken)
    {
        switch (e.Respondent)
        {
            case StudentRespondent:
                return student is null ? null : (RecipientKind.Student, student.Id);
            case TrainerRespondent when e.TrainerId is { } trainerId:
                var trainer = await db.Trainers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == trainerId, cancellationToken);
                return trainer is { Active: true } && trainer.CompanyId == e.CompanyId ? (RecipientKind.Trainer, trainer.Id) : null;
            default:
                return null;
        }
    }
}
