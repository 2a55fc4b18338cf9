namespace PartnershipHub.Internships.Domain;

public enum MatchingRunStatus
{
    /// <summary>Only coordinators see the proposals.</summary>
    Draft,

    /// <summary>Students and trainers see their own proposals.</summary>
    Published,
}
