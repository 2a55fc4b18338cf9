using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Messaging;

namespace PartnershipHub.Internships.Features.Placements;

/// <summary>Enqueues placement events on the outbox; call before SaveChanges so they commit with the change.</summary>
public static class PlacementEvents
{
    public static void PlacementProposed(this DbContext db, Placement p) =>
        db.EnqueueEvent(new PlacementProposed(p.Snapshot(), p.Version));

    public static void PlacementAgreementSigned(this DbContext db, Placement p, DateTimeOffset signedAt) =>
        db.EnqueueEvent(new PlacementAgreementSigned(p.Snapshot(), signedAt, p.Version));

    /// <summary>One party's signature, with the parties still to sign after it (camelCase on the wire, like every enum).</summary>
    public static void AgreementSignatureRecorded(this DbContext db, Placement p, AgreementSignature signature, bool studentIsMinor) =>
        db.EnqueueEvent(new AgreementSignatureRecorded(p.Id, p.StudentId, p.CompanyId, PartyName(signature.Party), signature.SignedAt,
            [.. p.MissingSignatures(studentIsMinor).Select(PartyName)]) { OccurredAt = signature.SignedAt });

    public static void PlacementStarted(this DbContext db, Placement p) =>
        db.EnqueueEvent(new PlacementStarted(p.Snapshot(), p.StartedOn!.Value, p.Version));

    public static void PlacementEnded(this DbContext db, Placement p) =>
        db.EnqueueEvent(new PlacementEnded(
            p.Snapshot(), p.EndedOn!.Value, p.Status == PlacementStatus.EndedEarly, p.EndReason, p.EndedByRole, p.Version));

    public static void PlacementTeacherAssigned(this DbContext db, Placement p) =>
        db.EnqueueEvent(new PlacementTeacherAssigned(p.Snapshot(), p.Version));

    public static void PlacementAtRisk(this DbContext db, Placement p, PlacementRisk risk, string detail) =>
        db.EnqueueEvent(new PlacementAtRisk(p.Snapshot(), risk, detail, p.Version));

    public static void PlacementRiskCleared(this DbContext db, Placement p, PlacementRisk risk, string detail) =>
        db.EnqueueEvent(new PlacementRiskCleared(p.Snapshot(), risk, detail, p.Version));

    private static string PartyName(AgreementParty party) => JsonNamingPolicy.CamelCase.ConvertName(party.ToString());
}
