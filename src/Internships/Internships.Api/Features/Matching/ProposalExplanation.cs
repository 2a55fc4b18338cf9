using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>What is stored as a proposal's explanation (jsonb).</summary>
public sealed record ProposalExplanation(IReadOnlyList<CostTerm> Terms, IReadOnlyList<Alternative> Alternatives, IReadOnlyList<Exclusion> Excluded, string? Reason);
