using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>
/// A company's end-of-placement results, for its own trainers (a company claim) and coordinators: the students'
/// averages beside the programme's, and their comments without names. Never one student's answers: under five answered
/// surveys nothing but the counts is shown. Trainers' own answers are counted, not shown.
/// </summary>
public static class SurveyResultsApi
{
    public static IEndpointRouteBuilder MapSurveyResultsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/insights/companies/{companyId:guid}/survey-results", ResultsAsync)
            .WithTags("Surveys")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Coordinator, Roles.Trainer));
        return app;
    }

    /// <summary><c>from</c>/<c>to</c>: placements that ended in that range (both optional, inclusive).</summary>
    private static async Task<Results<Ok<SurveyResults>, NotFound, ForbidHttpResult>> ResultsAsync(
        Guid companyId, ClaimsPrincipal user, InsightsDbContext db, CancellationToken cancellationToken,
        DateOnly? from = null, DateOnly? to = null)
    {
        if (!user.HasRole(Roles.Coordinator) && !user.WorksFor(companyId))
        {
            return TypedResults.Forbid();
        }

        if (from is { } start && to is { } end && end < start)
        {
            throw new FieldValidationException("to", "The end of the range cannot be before its start.");
        }

        var first = from ?? DateOnly.MinValue;
        var last = to ?? DateOnly.MaxValue;
        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == companyId, cancellationToken);
        if (company is null && !await db.Surveys.AnyAsync(s => s.CompanyId == companyId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var answered = SurveyScores.AnsweredByStudents(db, first, last).Where(s => s.CompanyId == companyId);
        var responses = await answered.CountAsync(cancellationToken);
        var trainerResponses = await db.Surveys.CountAsync(
            s => s.CompanyId == companyId && s.Respondent == SurveyRespondent.Trainer && s.AnsweredAt != null
                && s.PlacementEndedOn >= first && s.PlacementEndedOn <= last,
            cancellationToken);
        var suppressed = responses < SurveyScores.Minimum;

        // The programmes the company's answers come from: its averages are set beside theirs.
        var crebos = await answered.Select(s => s.Crebo).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        var (programmeResponses, programme) = await SurveyScores.OfProgrammesAsync(db, crebos, first, last, cancellationToken);
        var own = suppressed
            ? new Dictionary<string, double>()
            : await SurveyScores.OfCompanyAsync(db, companyId, first, last, cancellationToken);
        var showProgramme = programmeResponses >= SurveyScores.Minimum;
        var questions = SurveyQuestions.Student
            .Select(key => new QuestionResult(
                key,
                own.TryGetValue(key, out var average) ? average : null,
                showProgramme && programme.TryGetValue(key, out var programmeAverage) ? programmeAverage : null))
            .ToList();

        var comments = suppressed ? [] : await CommentsAsync(db, answered, cancellationToken);
        return TypedResults.Ok(new SurveyResults(
            companyId, company?.Name ?? "", responses, suppressed, SurveyScores.Minimum, questions, trainerResponses, comments));
    }

    /// <summary>
    /// Newest month first; within a month by text, so the order tells nothing about who answered when.
    /// </summary>
    private static async Task<IReadOnlyList<SurveyComment>> CommentsAsync(
        InsightsDbContext db, IQueryable<Survey> answered, CancellationToken cancellationToken)
    {
        var rows = await answered
            .Where(s => s.Comment != null && s.Comment != "")
            .Select(s => new
            {
                Text = s.Comment!,
                PeriodName = db.Periods.Where(p => p.Id == s.PeriodId).Select(p => p.Name).FirstOrDefault(),
                s.PlacementEndedOn,
            })
            .ToListAsync(cancellationToken);
        return rows
            .Where(r => !string.IsNullOrWhiteSpace(r.Text))
            .Select(r => new SurveyComment(r.Text.Trim(), r.PeriodName ?? "", r.PlacementEndedOn.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)))
            .OrderByDescending(c => c.Month, StringComparer.Ordinal)
            .ThenBy(c => c.Text, StringComparer.Ordinal)
            .ToList();
    }
}
