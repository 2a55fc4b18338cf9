using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Features.Placements;

/// <summary>
/// A student who found their own company is placed without a matching run, under the same hard rules as matching
/// (accreditation for the crebo and route on the dates, a free place in the period, not avoided, never ended early
/// there); only the distance is the student's own choice. A broken rule is a 409 naming it.
/// </summary>
public static class DirectPlacements
{
    public static async Task<Created<PlacementResponse>> PlaceAsync(
        DirectPlacementRequest request, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var studentId = request.StudentId is { } s && s != Guid.Empty ? s : throw new FieldValidationException("studentId", "Choose the student.");
        var companyId = request.CompanyId is { } c && c != Guid.Empty ? c : throw new FieldValidationException("companyId", "Choose the company.");
        var periodId = request.PeriodId is { } p && p != Guid.Empty ? p : throw new FieldValidationException("periodId", "Choose the period.");
        var crebo = request.Crebo?.Trim();
        if (crebo is not null && (crebo.Length != 5 || !crebo.All(char.IsAsciiDigit)))
        {
            throw new FieldValidationException("crebo", "A crebo code is five digits.");
        }

        if (request.PlannedHours is <= 0 or > 5000)
        {
            throw new FieldValidationException("plannedHours", "Planned hours are between 1 and 5000.");
        }

        var period = await MatchingData.PeriodAsync(db, periodId, cancellationToken)
            ?? throw new FieldValidationException("periodId", "No company has places in this period; choose another.");
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(x => x.Id == studentId, cancellationToken);
        if (student is null)
        {
            throw new FieldValidationException("studentId", "This student is not known here.");
        }

        if (!await db.Companies.AnyAsync(x => x.Id == companyId && x.Active, cancellationToken))
        {
            throw new FieldValidationException("companyId", "This company is not known here or no longer active.");
        }

        var start = request.StartDate ?? period.PeriodStart;
        var end = request.EndDate ?? period.PeriodEnd;
        if (start < period.PeriodStart.AddMonths(-1) || start > period.PeriodEnd)
        {
            throw new FieldValidationException("startDate", "The start lies in the period (at most a month before it starts).");
        }

        if (end <= start || end > period.PeriodEnd.AddMonths(6))
        {
            throw new FieldValidationException("endDate", "The end lies after the start and at most six months after the period.");
        }

        var effectiveCrebo = crebo ?? student.Crebo?.Trim();
        if (effectiveCrebo is not null)
        {
            // Matching checks the accreditation on the start date; a placement of its own also needs it on its last day.
            var accreditation = await db.Accreditations.AsNoTracking()
                .FirstOrDefaultAsync(a => a.CompanyId == companyId && a.Crebo == effectiveCrebo, cancellationToken);
            if (accreditation?.IsCurrentOn(start, student.Route) == true && !accreditation.IsCurrentOn(end, student.Route))
            {
                throw Refusal(ExclusionRules.NoAccreditation);
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var placement = await PlacementProposer.ProposeAsync(
            db, time, new PlacementTerms(periodId, start, end, request.PlannedHours ?? 400, crebo, null), studentId, companyId, request.LocationId,
            checkDistance: false, Refusal, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/placements/{placement.Id}", await db.ResponseAsync(placement, student, cancellationToken));
    }

    /// <summary>The broken hard rule as a 409 whose rule the portal words: <c>no-accreditation</c>, <c>no-capacity</c>, <c>avoided</c>, <c>ended-early-before</c>.</summary>
    private static ConflictException Refusal(string rule) => new(rule, rule switch
    {
        ExclusionRules.NoAccreditation => "The company holds no accreditation for this crebo and the student's route on the placement's dates.",
        ExclusionRules.NoCapacity => "The company has no free place for this crebo in this period.",
        ExclusionRules.Avoided => "The student asked not to be placed at this company.",
        ExclusionRules.EndedEarlyBefore => "The student ended a placement at this company early before.",
        _ => $"The placement breaks a hard rule: {rule}.",
    });
}
