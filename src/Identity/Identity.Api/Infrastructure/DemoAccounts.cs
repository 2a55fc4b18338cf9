namespace PartnershipHub.Identity.Infrastructure;

/// <summary>
/// The demo users seeded in Development, one per role, with fixed ids so other services' demo data can point at
/// the same people: the trainer works for Companies' demo company 1 and is its trainer 1, the student is Students'
/// demo student 1, a mentee of the mentor (staff a001); care is staff a003. Password for all: <see cref="Password"/>.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo!2026pass";

    public static readonly Guid CompanyId = Guid.Parse("5eed0000-0000-0000-0000-000000000c01");
    public static readonly Guid TrainerId = Guid.Parse("5eed0000-0000-0000-0000-000000001001");
    public static readonly Guid StudentId = Guid.Parse("5eed0000-0000-0000-0000-00000000b001");

    public static readonly DemoAccount Coordinator = new(
        Guid.Parse("10000000-0000-0000-0000-000000000001"), "coordinator@demo.partnershiphub.nl", "Carla Coördinator", "coordinator",
        StaffId: Guid.Parse("5eed0000-0000-0000-0000-00000000a201"));

    public static readonly DemoAccount Mentor = new(
        Guid.Parse("10000000-0000-0000-0000-000000000002"), "mentor@demo.partnershiphub.nl", "Mehmet Mentor", "mentor",
        StaffId: Guid.Parse("5eed0000-0000-0000-0000-00000000a001"));

    public static readonly DemoAccount Teacher = new(
        Guid.Parse("10000000-0000-0000-0000-000000000003"), "teacher@demo.partnershiphub.nl", "Tessa Docent", "teacher",
        StaffId: Guid.Parse("5eed0000-0000-0000-0000-00000000a101"));

    public static readonly DemoAccount Care = new(
        Guid.Parse("10000000-0000-0000-0000-000000000004"), "care@demo.partnershiphub.nl", "Chantal Zorg", "care",
        StaffId: Guid.Parse("5eed0000-0000-0000-0000-00000000a003"));

    public static readonly DemoAccount Operator = new(
        Guid.Parse("10000000-0000-0000-0000-000000000005"), "operator@demo.partnershiphub.nl", "Olaf Beheer", "operator",
        StaffId: Guid.Parse("5eed0000-0000-0000-0000-00000000a301"));

    public static readonly DemoAccount Trainer = new(
        Guid.Parse("10000000-0000-0000-0000-000000000006"), "trainer@demo.partnershiphub.nl", "Peter Praktijkopleider", "trainer",
        CompanyId: CompanyId, TrainerId: TrainerId);

    public static readonly DemoAccount Student = new(
        Guid.Parse("10000000-0000-0000-0000-000000000007"), "student@demo.partnershiphub.nl", "Sanne Student", "student",
        StudentId: StudentId);

    public static readonly IReadOnlyList<DemoAccount> All = [Coordinator, Mentor, Teacher, Care, Operator, Trainer, Student];
}
