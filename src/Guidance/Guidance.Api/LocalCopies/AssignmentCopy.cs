using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.LocalCopies;

/// <summary>An assignment (praktijkopdracht) as Internships last reported it (highest version wins).</summary>
public sealed class AssignmentCopy
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public Guid StudentId { get; set; }

    public Guid CompanyId { get; set; }

    public string Title { get; set; } = "";

    public List<string> CriterionKeys { get; set; } = [];

    public DateOnly? DueDate { get; set; }

    public AssignmentStatus Status { get; set; }

    public DateTimeOffset? SignedOffAt { get; set; }

    public string? Feedback { get; set; }

    public long Version { get; set; }

    public void Apply(AssignmentSnapshot snapshot, long version)
    {
        PlacementId = snapshot.PlacementId;
        StudentId = snapshot.StudentId;
        CompanyId = snapshot.CompanyId;
        Title = snapshot.Title;
        CriterionKeys = [.. snapshot.CriterionKeys];
        DueDate = snapshot.DueDate;
        Status = snapshot.Status;
        Version = version;
    }
}
