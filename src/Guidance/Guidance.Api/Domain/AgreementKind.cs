namespace PartnershipHub.Guidance.Domain;

public enum AgreementKind
{
    Goal,
    Behaviour,
}
