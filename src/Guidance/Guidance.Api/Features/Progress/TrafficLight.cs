namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>Ordered by urgency: the caseload sorts red first.</summary>
public enum TrafficLight
{
    Red,
    Orange,
    Green,
}
