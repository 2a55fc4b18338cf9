namespace PartnershipHub.Students.Features.Import;

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Rejected,
}
