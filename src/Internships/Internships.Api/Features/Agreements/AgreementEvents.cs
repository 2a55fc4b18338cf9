using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Messaging;

namespace PartnershipHub.Internships.Features.Agreements;

/// <summary>Enqueues the agreement's own events on the outbox; call before SaveChanges so they commit with the change.</summary>
public static class AgreementEvents
{
    /// <summary>What Notifications needs to mail the link at once: the token travels once, to the mail; Internships keeps its hash.</summary>
    public static void AgreementGuardianLinkSent(this DbContext db, Placement placement, StudentCopy? student, AgreementGuardianLink link, string token) =>
        db.EnqueueEvent(new AgreementGuardianLinkSent(
            placement.Id, placement.StudentId, link.GuardianEmail, link.GuardianName, student?.FirstName ?? "", placement.CompanyName,
            placement.StartDate, placement.EndDate, token, link.ExpiresAt) { OccurredAt = link.SentAt });
}
