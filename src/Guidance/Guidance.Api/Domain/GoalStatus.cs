namespace PartnershipHub.Guidance.Domain;

public enum GoalStatus
{
    Open,
    Met,
    Adjusted,
    Dropped,
}
