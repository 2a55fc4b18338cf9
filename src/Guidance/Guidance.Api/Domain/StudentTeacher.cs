namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// A teacher the school linked to a student (a coordinator or the student's mentor): the only thing that gives a
/// teacher the student's progress, signals and plan, and lets them assess the student. Nothing a teacher writes
/// themself (an assessment, a draft) does: Students and Internships publish no teacher relationship.
/// </summary>
public sealed class StudentTeacher
{
    private StudentTeacher()
    {
    }

    public Guid StudentId { get; private set; }

    public Guid TeacherStaffId { get; private set; }

    /// <summary>The coordinator's or mentor's id (staff id, else token subject).</summary>
    public string LinkedBy { get; private set; } = "";

    public DateTimeOffset LinkedAt { get; private set; }

    public static StudentTeacher Link(Guid studentId, Guid teacherStaffId, string linkedBy, DateTimeOffset now) =>
        new() { StudentId = studentId, TeacherStaffId = teacherStaffId, LinkedBy = linkedBy, LinkedAt = now };
}
