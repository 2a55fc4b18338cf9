using System.Security.Claims;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Insights.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>
/// The signed-in person as a respondent: their student id (a student answers the student's survey of their own
/// placements) and their trainer ids (a trainer answers the trainer's survey addressed to one of them). Any other
/// survey is not theirs and is answered 404, as if it did not exist.
/// </summary>
public sealed record SurveyCaller(Guid? StudentId, IReadOnlyList<Guid> TrainerIds)
{
    public static async Task<SurveyCaller> ForAsync(ClaimsPrincipal user, InsightsDbContext db, CancellationToken cancellationToken)
    {
        var studentId = user.HasRole(Roles.Student) ? user.StudentId() : null;
        var trainerIds = await CurrentTrainers.IdsAsync(user, db, cancellationToken);
        return new SurveyCaller(studentId, trainerIds);
    }

    public IQueryable<Survey> Surveys(InsightsDbContext db)
    {
        var studentId = StudentId;
        var trainerIds = TrainerIds.ToList();
        return db.Surveys.Where(s =>
            (studentId != null && s.Respondent == SurveyRespondent.Student && s.StudentId == studentId)
            || (s.Respondent == SurveyRespondent.Trainer && s.TrainerId != null && trainerIds.Contains(s.TrainerId.Value)));
    }
}
