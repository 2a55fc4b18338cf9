namespace PartnershipHub.Identity.Infrastructure;

/// <summary>
/// The demo users seeded in Development, one per role, with fixed ids so other services' demo data can point at
/// the same people (the trainer's company, the student, the mentor). Password for all: <see cref="Password"/>.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo!2026pass";

    public static readonly Guid CompanyId = Guid.Parse("30000000-0000-0000-0000-000000000001");
    public static readonly Guid TrainerId = Guid.Parse("31000000-0000-0000-0000-000000000001");
    public static readonly Guid StudentId = Guid.Parse("40000000-0000-0000-0000-000000000001");

    public static readonly DemoAccount Coordinator = new(
        Guid.Parse("10000000-0000-0000-0000-000000000001"), "coordinator@demo.partnershiphub.nl", "Carla Coördinator", "coordinator",
        StaffId: Guid.Parse("20000000-0000-0000-0000-000000000001"));

    public static readonly DemoAccount Mentor = new(
        Guid.Parse("10000000-0000-0000-0000-000000000002"), "mentor@demo.partnershiphub.nl", "Mehmet Mentor", "mentor",
        StaffId: Guid.Parse("20000000-0000-0000-0000-000000000002"));

    public static readonly DemoAccount Teacher = new(
        Guid.Parse("10000000-0000-0000-0000-000000000003"), "teacher@demo.partnershiphub.nl", "Tessa Docent", "teacher",
        StaffId: Guid.Parse("20000000-0000-0000-0000-000000000003"));

    public static readonly DemoAccount Care = new(
        Guid.Parse("10000000-0000-0000-0000-000000000004"), "care@demo.partnershiphub.nl", "Chantal Zorg", "care",
        StaffId: Guid.Parse("20000000-0000-0000-0000-000000000004"));

    public static readonly DemoAccount Operator = new(
        Guid.Parse("10000000-0000-0000-0000-000000000005"), "operator@demo.partnershiphub.nl", "Olaf Beheer", "operator",
        StaffId: Guid.Parse("20000000-0000-0000-0000-000000000005"));

    public static readonly DemoAccount Trainer = new(
        Guid.Parse("10000000-0000-0000-0000-000000000006"), "trainer@demo.partnershiphub.nl", "Peter Praktijkopleider", "trainer",
        CompanyId: CompanyId, TrainerId: TrainerId);

    public static readonly DemoAccount Student = new(
        Guid.Parse("10000000-0000-0000-0000-000000000007"), "student@demo.partnershiphub.nl", "Sanne Student", "student",
        StudentId: StudentId);

    public static readonly IReadOnlyList<DemoAccount> All = [Coordinator, Mentor, Teacher, Care, Operator, Trainer, Student];
}
