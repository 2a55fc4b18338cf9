using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Assignments;
using PartnershipHub.Internships.Features.Contacts;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;

namespace PartnershipHub.Internships.Features.PersonalData;

/// <summary>The student's right of access, Internships' part: read-only, one query per collection, in a stable order.</summary>
public static class PersonalDataApi
{
    public const string ServiceName = "internships";

    public static IEndpointRouteBuilder MapPersonalDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/students/{studentId:guid}/export", Export).WithTags("Personal data");
        return app;
    }

    private static async Task<Results<Ok<InternshipsExport>, NotFound, ForbidHttpResult>> Export(
        Guid studentId, ClaimsPrincipal user, InternshipsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken);
        if (student is null
            && !await db.Placements.AnyAsync(p => p.StudentId == studentId, cancellationToken)
            && !await db.Proposals.AnyAsync(p => p.StudentId == studentId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (!user.CanExport(studentId, student))
        {
            return TypedResults.Forbid();
        }

        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.StudentId == studentId)
            .OrderBy(p => p.StartDate).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var hours = await db.Hours.AsNoTracking()
            .Where(h => db.Placements.Any(p => p.Id == h.PlacementId && p.StudentId == studentId))
            .OrderBy(h => h.Date).ThenBy(h => h.LoggedAt).ThenBy(h => h.Id)
            .ToListAsync(cancellationToken);
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => a.StudentId == studentId)
            .ToListAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => db.Placements.Any(p => p.Id == c.PlacementId && p.StudentId == studentId))
            .OrderBy(c => c.ContactedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var guardianLinks = await db.Set<AgreementGuardianLink>().AsNoTracking()
            .Where(l => l.StudentId == studentId)
            .ToDictionaryAsync(l => l.PlacementId, cancellationToken);
        var documents = await db.Set<AgreementDocument>().AsNoTracking()
            .Where(d => db.Placements.Any(p => p.Id == d.PlacementId && p.StudentId == studentId))
            .OrderBy(d => d.UploadedAt).ThenBy(d => d.Id)
            .Select(d => new { d.PlacementId, Export = new AgreementDocumentExport(d.Id, d.FileName, d.Size, d.Parties, d.UploadedAt, d.UploadedBy) })
            .ToListAsync(cancellationToken);
        var documentsByPlacement = documents.ToLookup(d => d.PlacementId, d => d.Export);
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.StudentId == studentId)
            .Join(db.MatchingRuns, p => p.RunId, r => r.Id, (p, r) => new { Proposal = p, r.PeriodName, r.CreatedAt, r.Status })
            .OrderBy(x => x.CreatedAt).ThenBy(x => x.Proposal.RunId)
            .ToListAsync(cancellationToken);

        // The steps are a JSON column: an assignment is ordered by its first step (when it was drafted) once loaded.
        var correctedBy = assignments.Where(a => a.CorrectsId is not null).ToDictionary(a => a.CorrectsId!.Value, a => a.Id);
        var assignmentsByPlacement = assignments
            .OrderBy(a => a.Steps.Count > 0 ? a.Steps[0].At : DateTimeOffset.MaxValue).ThenBy(a => a.Id)
            .Select(a => AssignmentResponse.From(a, correctedBy.TryGetValue(a.Id, out var by) ? by : null))
            .ToLookup(a => a.PlacementId);
        var hoursByPlacement = hours.ToLookup(h => h.PlacementId, HoursEntryExport.From);
        var contactsByPlacement = contacts.ToLookup(
            c => c.PlacementId,
            c => new ContactResponse(c.Id, c.Kind, c.ContactedAt, c.ByStaffId, c.ByRole, c.Summary, c.Joint, c.FollowUp, c.FollowUpDue));

        return TypedResults.Ok(new InternshipsExport(
            clock.GetUtcNow(),
            ServiceName,
            student is null ? null : StudentCopyExport.From(student),
            [.. placements.Select(p => PlacementExport.From(
                p,
                Placement.IsMinorOn(student?.DateOfBirth, p.StartDate),
                guardianLinks.TryGetValue(p.Id, out var link)
                    ? new GuardianLinkExport(link.GuardianName, link.GuardianEmail, link.SentAt, link.SentBy, link.ExpiresAt, link.UsedAt)
                    : null,
                [.. documentsByPlacement[p.Id]],
                [.. hoursByPlacement[p.Id]],
                [.. assignmentsByPlacement[p.Id]],
                [.. contactsByPlacement[p.Id]]))],
            [.. proposals.Select(x =>
            {
                var explanation = ExplanationCodec.Decode(x.Proposal.Explanation);
                var p = x.Proposal;
                return new ProposalExport(
                    p.RunId, x.PeriodName, x.CreatedAt, x.Status, p.CompanyId, p.CompanyName, p.LocationId, p.DistanceKm, p.Cost,
                    explanation.Terms, explanation.Alternatives, explanation.Excluded, explanation.Reason, p.Status, p.DecisionReason, p.PlacementId);
            })]));
    }
}
