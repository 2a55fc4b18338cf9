namespace PartnershipHub.Internships.Features.Matching;

/// <summary>The names of the hard rules, as unplaced students and refused overrides report them.</summary>
public static class ExclusionRules
{
    public const string NoAccreditation = "no-accreditation";
    public const string NoCapacity = "no-capacity";
    public const string TooFar = "too-far";
    public const string Avoided = "avoided";
    public const string EndedEarlyBefore = "ended-early-before";
    public const string NoCoordinates = "no-coordinates";
    public const string CapacityTaken = "capacity-taken";
}
