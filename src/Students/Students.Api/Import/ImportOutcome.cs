namespace PartnershipHub.Students.Import;

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Rejected,
}
