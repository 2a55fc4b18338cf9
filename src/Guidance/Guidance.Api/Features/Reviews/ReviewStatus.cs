namespace PartnershipHub.Guidance.Features.Reviews;

public enum ReviewStatus
{
    Scheduled,
    Held,
    Cancelled,
}
