namespace PartnershipHub.Students.Security;

/// <summary>How much of a student record a caller may see.</summary>
public enum StudentView
{
    None,

    /// <summary>Name, number, cohort, status, programme and mentor: what a mentor may see of another mentor's student.</summary>
    Basic,

    /// <summary>The student's own record: everything but care notes and staff notes.</summary>
    Own,

    /// <summary>Everything but care notes.</summary>
    Full,
}
