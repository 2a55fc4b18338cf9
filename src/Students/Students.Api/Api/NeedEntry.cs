using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Api;

public sealed record NeedEntry(NeedLevel? Level, string? Note);
