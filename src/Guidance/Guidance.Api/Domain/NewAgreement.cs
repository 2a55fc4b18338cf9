namespace PartnershipHub.Guidance.Domain;

public sealed record NewAgreement(AgreementKind Kind, string Text);
