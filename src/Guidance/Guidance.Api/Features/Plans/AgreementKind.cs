namespace PartnershipHub.Guidance.Features.Plans;

public enum AgreementKind
{
    Goal,
    Behaviour,
}
