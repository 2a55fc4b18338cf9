using PartnershipHub.Guidance.Features.Plans;

namespace PartnershipHub.Guidance.Features.Reviews;

public sealed record NewAgreement(AgreementKind Kind, string Text);
