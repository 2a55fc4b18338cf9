using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Projections;

/// <summary>
/// How Internships' placement events change a <see cref="PlacementFact"/>: the snapshot with the highest version wins;
/// the real start and the end are facts that, once known, a late or older event still supplies (a snapshot written before
/// the start was a field carries none).
/// </summary>
public static class PlacementFactRules
{
    /// <summary>Takes the snapshot when it is newer than the one held; answers whether it was.</summary>
    public static bool Apply(this PlacementFact placement, PlacementSnapshot snapshot, long version)
    {
        if (version <= placement.Version)
        {
            return false;
        }

        placement.StudentId = snapshot.StudentId;
        placement.CompanyId = snapshot.CompanyId;
        placement.TrainerId = snapshot.TrainerId;
        placement.Crebo = snapshot.Crebo;
        placement.Route = snapshot.Route;
        placement.PeriodId = snapshot.PeriodId;
        placement.StartDate = snapshot.StartDate;
        placement.EndDate = snapshot.EndDate;
        placement.Status = snapshot.Status;
        placement.StartedOn = snapshot.StartedOn ?? placement.StartedOn;
        placement.Version = version;
        return true;
    }

    public static void Apply(this PlacementFact placement, PlacementStarted e)
    {
        if (placement.Apply(e.Placement, e.Version) || placement.StartedOn is null)
        {
            placement.StartedOn = e.StartedOn;
        }
    }

    public static void Apply(this PlacementFact placement, PlacementEnded e)
    {
        if (placement.Apply(e.Placement, e.Version) || placement.EndedOn is null)
        {
            placement.EndedOn = e.EndedOn;
            placement.EndedEarly = e.EndedEarly;
            placement.EndReason = e.EndedEarly ? e.Reason : null;
            placement.EndedByRole = e.EndedByRole;
        }
    }
}
