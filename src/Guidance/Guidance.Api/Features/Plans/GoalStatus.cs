namespace PartnershipHub.Guidance.Features.Plans;

public enum GoalStatus
{
    Open,
    Met,
    Adjusted,
    Dropped,
}
