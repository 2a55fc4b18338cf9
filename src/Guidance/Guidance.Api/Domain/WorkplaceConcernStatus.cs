namespace PartnershipHub.Guidance.Domain;

/// <summary>Open (waiting for the school), answered (the trainer can read the school's answer), closed (with the school's note).</summary>
public enum WorkplaceConcernStatus
{
    Open,
    Answered,
    Closed,
}
