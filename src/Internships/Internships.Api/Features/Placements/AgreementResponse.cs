using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Agreements;

namespace PartnershipHub.Internships.Features.Placements;

/// <summary>
/// The agreement: <see cref="Status"/> is the placement's, <see cref="AgreementStatus"/> the agreement's own; who must sign
/// (<see cref="Required"/>), every signature with who, when and how, who is still missing, the guardian's link and the
/// uploaded paper scans.
/// </summary>
public sealed record AgreementResponse(
    Guid PlacementId,
    PlacementStatus Status,
    bool StudentIsMinor,
    IReadOnlyList<AgreementSignature> Signatures,
    IReadOnlyList<AgreementParty> Missing,
    AgreementStatus AgreementStatus,
    IReadOnlyList<AgreementParty> Required,
    GuardianLinkResponse? GuardianLink,
    IReadOnlyList<AgreementDocumentResponse> Documents);
