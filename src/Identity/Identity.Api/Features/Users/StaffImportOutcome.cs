namespace PartnershipHub.Identity.Features.Users;

/// <summary>What the import did with one row; spelled on the wire like the student import's outcome (<c>created</c>, ...).</summary>
public enum StaffImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Rejected,
}
