namespace PartnershipHub.Identity.Domain;

/// <summary>What an account is for, which decides the roles it may hold (<see cref="RoleGrantRules"/>).</summary>
public enum AccountKind
{
    /// <summary>Created for a student by <c>StudentEnrolled</c>: it carries their student id.</summary>
    Student,

    /// <summary>Linked to a company by <c>TrainerRegistered</c>.</summary>
    Trainer,

    /// <summary>A school employee's account: it has the staff id Identity issued with it, and no student id.</summary>
    Staff,
}
