using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// Proposes one placement after checking matching's hard rules on the data as it is now (places may have gone since a
/// run): a decision on a proposal and a direct placement share this code, so both apply the same accreditation and
/// capacity checks as the run itself.
/// </summary>
public static class PlacementProposer
{
    /// <param name="refuse">Turns the broken rule's name into the caller's refusal (a 400 at the field, or a 409 naming the rule).</param>
    public static async Task<Placement> ProposeAsync(
        InternshipsDbContext db, TimeProvider time, PlacementTerms terms, Guid studentId, Guid companyId, Guid? locationId, bool checkDistance,
        Func<string, Exception> refuse, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken);
        if (student is null || student.Erased || student.Crebo is null)
        {
            throw new ConflictException("student-unknown", "The student is no longer known here (left, erased or without enrolment).");
        }

        if (await db.Placements.AnyAsync(p => p.StudentId == studentId && p.PeriodId == terms.PeriodId && p.Status != Contracts.PlacementStatus.EndedEarly, cancellationToken))
        {
            throw new ConflictException("student-already-placed", "The student already has a placement in this period.");
        }

        // Two decisions for the last place of one company wait for each other here instead of both taking it.
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM capacity WHERE company_id = {companyId} AND period_id = {terms.PeriodId} FOR UPDATE", cancellationToken);
        var company = (await MatchingData.CompaniesAsync(db, terms.PeriodId, terms.StartDate, [companyId], cancellationToken)).FirstOrDefault();
        var endedEarly = await MatchingData.EndedEarlyAsync(db, [studentId], cancellationToken);
        var match = MatchingData.ToMatch(student, endedEarly.GetValueOrDefault(studentId));
        if (terms.Crebo is { } crebo)
        {
            match = match with { Crebo = crebo };
        }

        if (company is null)
        {
            throw refuse(ExclusionRules.NoCapacity);
        }

        var (distance, nearest) = CandidateBuilder.Nearest(match, company);
        if (CandidateBuilder.Violation(match, company, distance, checkDistance) is { } rule)
        {
            throw refuse(rule);
        }

        var location = locationId is { } chosen ? company.Locations.FirstOrDefault(l => l.Id == chosen) : nearest;
        if (location is null)
        {
            throw new FieldValidationException("locationId", "Not a location of this company.");
        }

        var trainers = await db.Trainers.AsNoTracking()
            .Where(t => t.CompanyId == companyId && t.Active)
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var trainerId = (trainers.FirstOrDefault(t => t.Crebos.Contains(match.Crebo)) ?? trainers.FirstOrDefault())?.Id;

        var placement = Placement.Propose(
            studentId, companyId, company.Name, location.Id, trainerId, match.Crebo, match.Route, terms.PeriodId, terms.StartDate, terms.EndDate,
            terms.PlannedHours, terms.RunId, time.GetUtcNow());
        db.Placements.Add(placement);
        db.PlacementProposed(placement);
        return placement;
    }
}
