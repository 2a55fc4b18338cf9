using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Domain;

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

    /// <summary>Takes the snapshot when it is newer than the copy; false when it was not (a late or repeated event).</summary>
    public bool Apply(AssignmentSnapshot snapshot, long version)
    {
        if (version <= Version)
        {
            return false;
        }

        PlacementId = snapshot.PlacementId;
        StudentId = snapshot.StudentId;
        CompanyId = snapshot.CompanyId;
        Title = snapshot.Title;
        CriterionKeys = [.. snapshot.CriterionKeys];
        DueDate = snapshot.DueDate;
        Status = snapshot.Status;
        Version = version;
        return true;
    }

    /// <summary>
    /// The snapshot when newer; the sign-off itself also when a newer snapshot arrived first (the snapshot does not carry
    /// the sign-off's date and feedback).
    /// </summary>
    public bool Apply(AssignmentSignedOff e)
    {
        var applied = Apply(e.Assignment, e.Version);
        if (applied || SignedOffAt is null)
        {
            SignedOffAt = e.SignedOffAt;
            Feedback = e.Feedback;
        }

        return applied;
    }
}
