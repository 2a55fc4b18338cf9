using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

public sealed record UnplacedResponse(
    Guid StudentId, string StudentName, string Reason, IReadOnlyList<Exclusion> Excluded, ProposalStatus Status, Guid? PlacementId, string StudentNumber = "");
