namespace PartnershipHub.Students.Domain;

/// <summary>
/// One read or write of a student's care notes. Holds ids only (pseudonymous), so it can outlive the student's
/// erasure and still show care staff who looked at what and when.
/// </summary>
public sealed class CareNoteAccess
{
    private CareNoteAccess()
    {
    }

    public long Id { get; private set; }

    public Guid StudentId { get; private set; }

    public Guid StaffId { get; private set; }

    /// <summary>The role under which access was granted (mentor or care).</summary>
    public string Role { get; private set; } = "";

    public CareNoteAccessKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static CareNoteAccess Record(Guid studentId, Guid staffId, string role, CareNoteAccessKind kind, DateTimeOffset at) => new()
    {
        StudentId = studentId,
        StaffId = staffId,
        Role = role,
        Kind = kind,
        At = at,
    };
}
