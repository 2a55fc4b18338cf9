using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Features.Intakes;

public sealed record NeedEntry(NeedLevel? Level, string? Note);
