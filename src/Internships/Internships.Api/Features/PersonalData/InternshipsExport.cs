namespace PartnershipHub.Internships.Features.PersonalData;

/// <summary>Everything Internships holds about one student (the right of access); the portal puts it in one download with the other services' exports.</summary>
public sealed record InternshipsExport(
    DateTimeOffset ExportedAt,
    string Service,
    StudentCopyExport? Student,
    IReadOnlyList<PlacementExport> Placements,
    IReadOnlyList<ProposalExport> MatchingProposals);
