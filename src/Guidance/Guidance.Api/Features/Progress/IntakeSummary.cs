using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Features.Progress;

public sealed record IntakeSummary(DateOnly? IntakeDate, NeedsSummary? Needs, ProgressionWish? ProgressionWish);
