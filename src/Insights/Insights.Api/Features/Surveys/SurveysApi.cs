using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Insights.Surveys;
using PartnershipHub.Messaging;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>
/// The end-of-placement survey for the people who answer it: students and trainers. Any other role is refused (403);
/// someone else's survey is answered 404 (<see cref="SurveyCaller"/>). An answer is given once, before the survey closes,
/// and announced with <see cref="PlacementSurveyAnswered"/> in the same transaction (what was answered stays here).
/// </summary>
public static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysEndpoints(this IEndpointRouteBuilder app)
    {
        var surveys = app.MapGroup("/api/insights/surveys").WithTags("Surveys")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Student, Roles.Trainer));
        surveys.MapGet("/mine", MineAsync);
        surveys.MapGet("/{id:guid}", GetAsync);
        surveys.MapPost("/{id:guid}/answers", AnswerAsync);
        return app;
    }

    private static async Task<Ok<MySurveys>> MineAsync(
        ClaimsPrincipal user, InsightsDbContext db, SurveyCalendar calendar, CancellationToken cancellationToken)
    {
        var caller = await SurveyCaller.ForAsync(user, db, cancellationToken);
        var rows = await caller.Surveys(db).AsNoTracking()
            .Select(s => new
            {
                s.Id,
                s.PlacementId,
                CompanyName = db.Companies.Where(c => c.Id == s.CompanyId).Select(c => c.Name).FirstOrDefault(),
                s.Respondent,
                s.PlacementEndedOn,
                s.ClosesOn,
                s.AnsweredAt,
            })
            .ToListAsync(cancellationToken);

        var today = calendar.Today();
        var items = rows
            .Select(r => new SurveyLine(
                r.Id, r.PlacementId, r.CompanyName ?? "", SurveyInvitations.RespondentName(r.Respondent), r.PlacementEndedOn, r.ClosesOn,
                r.AnsweredAt, SurveyView.IsOpen(r.AnsweredAt, r.ClosesOn, today)))
            .OrderByDescending(l => l.Open)
            .ThenByDescending(l => l.PlacementEndedOn)
            .ThenBy(l => l.SurveyId)
            .ToList();
        return TypedResults.Ok(new MySurveys(items));
    }

    private static async Task<Results<Ok<SurveyView>, NotFound>> GetAsync(
        Guid id, ClaimsPrincipal user, InsightsDbContext db, SurveyCalendar calendar, CancellationToken cancellationToken)
    {
        var caller = await SurveyCaller.ForAsync(user, db, cancellationToken);
        var survey = await caller.Surveys(db).AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(SurveyView.From(survey, await CompanyNameAsync(db, survey.CompanyId, cancellationToken), calendar.Today()));
    }

    /// <summary>
    /// The answer is written by a conditional update (only while unanswered), so of two answers sent at once one is stored
    /// and the other gets 409 <c>survey-answered</c>; the event goes out only with the stored one.
    /// </summary>
    private static async Task<Results<Ok<SurveyView>, NotFound>> AnswerAsync(
        Guid id, AnswerSurveyRequest request, ClaimsPrincipal user, InsightsDbContext db, SurveyCalendar calendar,
        CancellationToken cancellationToken)
    {
        var caller = await SurveyCaller.ForAsync(user, db, cancellationToken);
        var survey = await caller.Surveys(db).AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return TypedResults.NotFound();
        }

        var answer = SurveyAnswer.From(survey.Respondent, request);
        if (survey.IsAnswered)
        {
            throw AlreadyAnswered();
        }

        var today = calendar.Today();
        if (today > survey.ClosesOn)
        {
            throw new ConflictException(SurveyConflicts.Closed, $"This survey closed on {survey.ClosesOn:yyyy-MM-dd}.");
        }

        var now = calendar.Now();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.Surveys
            .Where(s => s.Id == id && s.AnsweredAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.AnsweredAt, now)
                .SetProperty(s => s.Scores, answer.Scores)
                .SetProperty(s => s.Comment, answer.Comment), cancellationToken);
        if (stored == 0)
        {
            // Answered meanwhile (or erased with its student: then it is gone).
            if (!await db.Surveys.AnyAsync(s => s.Id == id, cancellationToken))
            {
                return TypedResults.NotFound();
            }

            throw AlreadyAnswered();
        }

        db.EnqueueEvent(new PlacementSurveyAnswered(
            survey.Id,
            survey.PlacementId,
            survey.StudentId ?? Guid.Empty,
            survey.CompanyId,
            survey.TrainerId,
            SurveyInvitations.RespondentName(survey.Respondent),
            now) { OccurredAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        survey.AnsweredAt = now;
        survey.Scores = answer.Scores;
        survey.Comment = answer.Comment;
        return TypedResults.Ok(SurveyView.From(survey, await CompanyNameAsync(db, survey.CompanyId, cancellationToken), today));
    }

    private static ConflictException AlreadyAnswered() =>
        new(SurveyConflicts.Answered, "This survey has already been answered; an answer cannot be changed.");

    private static async Task<string> CompanyNameAsync(InsightsDbContext db, Guid companyId, CancellationToken cancellationToken) =>
        await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
}
