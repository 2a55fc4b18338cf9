namespace PartnershipHub.Guidance.Domain;

/// <summary>An agreement made with the student, about a goal or about behaviour.</summary>
public sealed record PlanAgreement(Guid AgreementId, AgreementKind Kind, string Text, DateOnly MadeOn);
