using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;

namespace PartnershipHub.Internships.Features.Agreements;

/// <summary>Records a signature with its events, and reads the agreement as the card shows it.</summary>
public static class AgreementView
{
    /// <summary>Records the signature and enqueues its events (the last one also <c>PlacementAgreementSigned</c>).</summary>
    public static void RecordSignature(this InternshipsDbContext db, Placement placement, StudentCopy? student, AgreementSignature signature)
    {
        var minor = Placement.IsMinorOn(student?.DateOfBirth, placement.StartDate);
        var complete = placement.RecordSignature(signature, minor);
        db.AgreementSignatureRecorded(placement, signature, minor);
        if (complete)
        {
            db.PlacementAgreementSigned(placement, signature.SignedAt);
        }
    }

    /// <summary>The agreement's own state: signed once every required party signed (whatever the placement did since), void when the placement ended first.</summary>
    public static AgreementStatus StatusOf(Placement placement, IReadOnlyList<AgreementParty> missing) => placement.Status switch
    {
        PlacementStatus.AgreementSigned or PlacementStatus.Active or PlacementStatus.Completed => AgreementStatus.Signed,
        _ when missing.Count == 0 => AgreementStatus.Signed,
        PlacementStatus.EndedEarly => AgreementStatus.Cancelled,
        _ => placement.Signatures.Count == 0 ? AgreementStatus.Unsigned : AgreementStatus.PartlySigned,
    };

    public static async Task<AgreementResponse> AgreementAsync(
        this InternshipsDbContext db, Placement placement, StudentCopy? student, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var minor = Placement.IsMinorOn(student?.DateOfBirth, placement.StartDate);
        var link = await db.Set<AgreementGuardianLink>().AsNoTracking().FirstOrDefaultAsync(l => l.PlacementId == placement.Id, cancellationToken);
        var documents = await db.Set<AgreementDocument>().AsNoTracking()
            .Where(d => d.PlacementId == placement.Id)
            .OrderBy(d => d.UploadedAt).ThenBy(d => d.Id)
            .Select(d => new AgreementDocumentResponse(d.Id, d.FileName, d.Size, d.Parties, d.UploadedAt))
            .ToListAsync(cancellationToken);
        var missingNow = placement.MissingSignatures(minor);
        // Only an agreement still open for signatures lists who is missing.
        IReadOnlyList<AgreementParty> missing = placement.Status is PlacementStatus.Proposed ? missingNow : [];
        var seesAddress = user.IsCoordinator() || user.IsStudentOf(placement);
        return new AgreementResponse(
            placement.Id,
            placement.Status,
            minor,
            placement.Signatures,
            missing,
            StatusOf(placement, missingNow),
            Placement.RequiredParties(minor),
            link is null || link.GuardianEmail.Length == 0
                ? null
                : new GuardianLinkResponse(link.GuardianName, seesAddress ? link.GuardianEmail : null, link.SentAt, link.ExpiresAt, link.UsedAt),
            documents);
    }
}
