namespace PartnershipHub.Guidance.Domain;

public enum ReviewStatus
{
    Scheduled,
    Held,
    Cancelled,
}
