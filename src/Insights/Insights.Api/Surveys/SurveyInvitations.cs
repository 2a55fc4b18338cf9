using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Features.Surveys;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Messaging;

namespace PartnershipHub.Insights.Surveys;

/// <summary>
/// Opens a placement's end-of-placement surveys when it ends (completed or early): one for the student and, when the
/// placement has a trainer, one for the trainer. Each is announced (<see cref="PlacementSurveyOpened"/>, through the
/// outbox in the caller's transaction) so Notifications can invite the respondent. A survey already open for that
/// placement and respondent is left alone, so a redelivered or repeated end opens nothing twice. The survey can be
/// answered until <see cref="OpenForDays"/> after the placement's end or, when the end was recorded later, after the day
/// it was recorded; an end whose window is over by <c>today</c> (a replay of old events) opens nothing and invites no one.
/// </summary>
public static class SurveyInvitations
{
    /// <summary>How long after the placement's end a survey can be answered.</summary>
    public static readonly int OpenForDays = 42;

    /// <summary>Adds the surveys (not saved: the caller saves in its transaction); returns how many it opened.</summary>
    public static async Task<int> OpenAsync(
        InsightsDbContext db, PlacementFact placement, DateTimeOffset at, DateOnly today, CancellationToken cancellationToken)
    {
        if (placement.EndedOn is not { } endedOn)
        {
            return 0;
        }

        var recordedOn = SurveyCalendar.DayOf(at);
        var closesOn = (recordedOn > endedOn ? recordedOn : endedOn).AddDays(OpenForDays);
        if (closesOn < today)
        {
            return 0;
        }

        var existing = await db.Surveys
            .Where(s => s.PlacementId == placement.Id)
            .Select(s => s.Respondent)
            .ToListAsync(cancellationToken);
        var wanted = new List<SurveyRespondent> { SurveyRespondent.Student };
        if (placement.TrainerId is not null)
        {
            wanted.Add(SurveyRespondent.Trainer);
        }

        var opened = 0;
        foreach (var respondent in wanted.Except(existing))
        {
            var survey = new Survey
            {
                Id = Guid.CreateVersion7(at),
                PlacementId = placement.Id,
                StudentId = placement.StudentId,
                CompanyId = placement.CompanyId,
                TrainerId = respondent == SurveyRespondent.Trainer ? placement.TrainerId : null,
                Respondent = respondent,
                Crebo = placement.Crebo,
                PeriodId = placement.PeriodId,
                PlacementEndedOn = endedOn,
                PlacementEndedEarly = placement.EndedEarly,
                OpenedAt = at,
                ClosesOn = closesOn,
            };
            db.Surveys.Add(survey);
            db.EnqueueEvent(new PlacementSurveyOpened(
                survey.Id,
                survey.PlacementId,
                placement.StudentId,
                survey.CompanyId,
                survey.TrainerId,
                RespondentName(respondent),
                survey.ClosesOn,
                at) { OccurredAt = at });
            opened++;
        }

        return opened;
    }

    /// <summary>The respondent as events and the API name it: <c>student</c> or <c>trainer</c>.</summary>
    public static string RespondentName(SurveyRespondent respondent) =>
        respondent == SurveyRespondent.Student ? "student" : "trainer";
}
