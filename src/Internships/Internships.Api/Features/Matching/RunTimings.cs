using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

public sealed record RunTimings(int BuildMs, int SolveMs, int StoreMs, int TotalMs);
