namespace PartnershipHub.Students.Domain;

/// <summary>A period in which one staff member was the student's mentor; the history shows who guided the student when.</summary>
public sealed class MentorAssignment
{
    private MentorAssignment()
    {
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    public Guid MentorStaffId { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    internal static MentorAssignment Begin(Guid studentId, Guid mentorStaffId, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        StudentId = studentId,
        MentorStaffId = mentorStaffId,
        AssignedAt = at,
    };

    internal void End(DateTimeOffset at) => EndedAt = at;
}
