namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// One read or change of a private help request by staff, logged as Students logs care-note access: ids only
/// (pseudonymous), so it outlives the student's erasure and still shows care staff who looked at what and when.
/// </summary>
public sealed class HelpRequestAccess
{
    private HelpRequestAccess()
    {
    }

    public long Id { get; private set; }

    public Guid StudentId { get; private set; }

    public Guid HelpRequestId { get; private set; }

    public Guid StaffId { get; private set; }

    /// <summary>The role under which access was granted (mentor, care, or coordinator for an export).</summary>
    public string Role { get; private set; } = "";

    public HelpRequestAccessKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static HelpRequestAccess Record(Guid studentId, Guid helpRequestId, Guid staffId, string role, HelpRequestAccessKind kind, DateTimeOffset at) => new()
    {
        StudentId = studentId,
        HelpRequestId = helpRequestId,
        StaffId = staffId,
        Role = role,
        Kind = kind,
        At = at,
    };
}
