namespace PartnershipHub.Guidance.Domain;

/// <summary>The perspective an assessment is made from; the combined view puts them side by side (triangulation).</summary>
public enum AssessorRole
{
    Self,
    Peer,
    Teacher,
    Mentor,
    Trainer,
}
