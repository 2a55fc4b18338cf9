namespace PartnershipHub.Students.Security;

/// <summary>Policies of this service on top of the shared ones in PartnershipHub.ServiceDefaults.Security.</summary>
public static class StudentsPolicies
{
    /// <summary>School staff and students; trainers see nothing here (what they need reaches them through Internships).</summary>
    public const string SchoolMembers = "students:school-members";

    /// <summary>Who may erase a student's personal data.</summary>
    public const string Erasers = "students:erasers";

    /// <summary>Who may read the list of mentors (to pick one, or to see a colleague's caseload).</summary>
    public const string MentorReaders = "students:mentor-readers";
}
