using PartnershipHub.Contracts;

namespace PartnershipHub.Notifications.Domain;

/// <summary>What Notifications knows of a student (from Students' events); removed with everything about them on erasure.</summary>
public sealed class StudentCopy
{
    public Guid Id { get; set; }

    public string StudentNumber { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Email { get; set; }

    public Guid? MentorStaffId { get; set; }

    public StudentStatus Status { get; set; }

    public string Crebo { get; set; } = "";

    public LearningRoute Route { get; set; }

    public DateOnly EnrolmentStart { get; set; }

    public long Version { get; set; }

    public string DisplayName => $"{FirstName} {LastName}".Trim();
}
