using PartnershipHub.Contracts;

namespace PartnershipHub.Notifications.Domain;

/// <summary>A placement as Internships last described it, plus the facts the due rules need (last contact, last hours).</summary>
public sealed class PlacementCopy
{
    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    public Guid CompanyId { get; set; }

    public string CompanyName { get; set; } = "";

    public Guid? TrainerId { get; set; }

    public Guid? TeacherStaffId { get; set; }

    public Guid PeriodId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public PlacementStatus Status { get; set; }

    /// <summary>Agreement parties still to sign (<c>student</c>, <c>school</c>, <c>company</c>).</summary>
    public List<string> MissingSignatures { get; set; } = [];

    public DateTimeOffset? LastContactAt { get; set; }

    public DateOnly? LastHoursLoggedOn { get; set; }

    public long Version { get; set; }
}
