namespace PartnershipHub.Guidance.Domain;

public enum AssessmentKind
{
    Formative,
    Summative,
}
