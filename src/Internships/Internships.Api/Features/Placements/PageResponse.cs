namespace PartnershipHub.Internships.Features.Placements;

/// <summary>One page of a list and how many rows the whole filtered list has, so a client can page through all of them.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Total);
