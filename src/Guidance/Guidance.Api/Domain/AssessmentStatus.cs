namespace PartnershipHub.Guidance.Domain;

public enum AssessmentStatus
{
    Draft,
    Submitted,
}
