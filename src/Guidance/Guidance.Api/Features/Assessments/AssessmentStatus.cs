namespace PartnershipHub.Guidance.Features.Assessments;

public enum AssessmentStatus
{
    Draft,
    Submitted,
}
