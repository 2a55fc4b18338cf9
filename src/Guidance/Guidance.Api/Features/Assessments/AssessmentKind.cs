namespace PartnershipHub.Guidance.Features.Assessments;

public enum AssessmentKind
{
    Formative,
    Summative,
}
