namespace PartnershipHub.Contracts;

/// <summary>BOL: school-based, placements as internship periods. BBL: work-based, the student has a job.</summary>
public enum LearningRoute
{
    Bol,
    Bbl,
}
