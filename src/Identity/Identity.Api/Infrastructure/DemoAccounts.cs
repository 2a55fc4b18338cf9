using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Identity.Infrastructure;

/// <summary>
/// The demo users seeded in Development, one per role. Their staff, student, company and trainer ids are the shared
/// <see cref="DemoIds"/>, so other services' demo data points at the same people: the trainer works for Companies'
/// demo company 1 and is its trainer 1, the student is Students' demo student 1, a mentee of the mentor; the user ids
/// are Identity's own. Password for all: <see cref="Password"/>.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo!2026pass";

    public static readonly DemoAccount Coordinator = new(
        Guid.Parse("10000000-0000-0000-0000-000000000001"), "coordinator@demo.partnershiphub.nl", "Carla Coördinator", "coordinator",
        StaffId: DemoIds.Coordinator);

    public static readonly DemoAccount Mentor = new(
        Guid.Parse("10000000-0000-0000-0000-000000000002"), "mentor@demo.partnershiphub.nl", "Mehmet Mentor", "mentor",
        StaffId: DemoIds.Mentor, Phone: "030 123 4501");

    public static readonly DemoAccount Teacher = new(
        Guid.Parse("10000000-0000-0000-0000-000000000003"), "teacher@demo.partnershiphub.nl", "Tessa Docent", "teacher",
        StaffId: DemoIds.Teacher, Phone: "030 123 4502");

    public static readonly DemoAccount Care = new(
        Guid.Parse("10000000-0000-0000-0000-000000000004"), "care@demo.partnershiphub.nl", "Chantal Zorg", "care",
        StaffId: DemoIds.Care);

    public static readonly DemoAccount Operator = new(
        Guid.Parse("10000000-0000-0000-0000-000000000005"), "operator@demo.partnershiphub.nl", "Olaf Beheer", "operator",
        StaffId: DemoIds.Operator);

    public static readonly DemoAccount Trainer = new(
        Guid.Parse("10000000-0000-0000-0000-000000000006"), "trainer@demo.partnershiphub.nl", "Peter Praktijkopleider", "trainer",
        CompanyId: DemoIds.Company, TrainerId: DemoIds.Trainer);

    public static readonly DemoAccount Student = new(
        Guid.Parse("10000000-0000-0000-0000-000000000007"), "student@demo.partnershiphub.nl", "Sanne Student", "student",
        StudentId: DemoIds.Student);

    public static readonly IReadOnlyList<DemoAccount> All = [Coordinator, Mentor, Teacher, Care, Operator, Trainer, Student];
}
