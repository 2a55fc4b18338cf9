namespace PartnershipHub.Students.Features.Intakes;

public sealed record NeedsEntry(NeedEntry? Pedagogical, NeedEntry? Didactic, NeedEntry? FutureWishes, NeedEntry? Structure, NeedEntry? PrivateCircumstances);
