namespace PartnershipHub.Guidance.Domain;

/// <summary>One scale for school and workplace. <see cref="NotObserved"/> is a valid answer but never counts in comparisons.</summary>
public enum AttitudeLevel
{
    NotObserved = 0,
    NeedsAttention = 1,
    Developing = 2,
    Competent = 3,
    Strong = 4,
}
