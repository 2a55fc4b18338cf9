namespace PartnershipHub.ServiceDefaults.Security;

/// <summary>
/// Named authorization policies every service uses on its route groups. They decide by role; the
/// relationship checks (this mentor's mentee, this trainer's company) belong to each endpoint.
/// </summary>
public static class Policies
{
    public const string Student = "student";
    public const string Mentor = "mentor";
    public const string Teacher = "teacher";
    public const string Coordinator = "coordinator";
    public const string Trainer = "trainer";
    public const string Care = "care";
    public const string Operator = "operator";

    /// <summary>Any school employee (mentor, teacher, coordinator, care, operator).</summary>
    public const string Staff = "staff";

    /// <summary>School staff or a workplace trainer: people who may see data about placed students.</summary>
    public const string StaffOrTrainer = "staff-or-trainer";
}
