using PartnershipHub.Contracts;

namespace PartnershipHub.Notifications.Domain;

/// <summary>
/// An assignment's last known status (from Internships' AssignmentStatusChanged), so a status change that arrives after
/// a newer one opens nothing it would wrongly reopen.
/// </summary>
public sealed class AssignmentCopy
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public Guid StudentId { get; set; }

    public Guid CompanyId { get; set; }

    public AssignmentStatus Status { get; set; }

    public long Version { get; set; }

    public bool Apply(AssignmentStatusChanged e)
    {
        if (e.Version <= Version)
        {
            return false;
        }

        PlacementId = e.Assignment.PlacementId;
        StudentId = e.Assignment.StudentId;
        CompanyId = e.Assignment.CompanyId;
        Status = e.Assignment.Status;
        Version = e.Version;
        return true;
    }
}
