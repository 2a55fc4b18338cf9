using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>Counts per status (camelCase status names) and the assignments themselves.</summary>
public sealed record AssignmentsSummary(IReadOnlyDictionary<string, int> ByStatus, IReadOnlyList<AssignmentLine> Items);
