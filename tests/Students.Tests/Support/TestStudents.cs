using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Features.Intakes;
using PartnershipHub.Students.Features.Lifecycle;
using PartnershipHub.Students.Features.Students;

namespace PartnershipHub.Students.Tests.Support;

/// <summary>Valid requests to start from; each test changes only what it is about.</summary>
public static class TestStudents
{
    private static int _counter;

    public static string NewStudentNumber() => $"T{Interlocked.Increment(ref _counter):000000}{Random.Shared.Next(1000):000}";

    public static EnrolmentRequest Enrolment(string crebo = "25258", int level = 2) =>
        new(crebo, "Verkoper", level, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "Retail");

    public static CreateStudentRequest Create(Guid? mentor = null, string cohort = "2025-VK2", string? number = null, string lastName = "Jansen") =>
        new(number ?? NewStudentNumber(), "Sanne", lastName, new DateOnly(2009, 3, 14), "sanne@example.nl", "06 12345678", "3511 AB", cohort, Enrolment(), mentor);

    public static UpdateStudentRequest Update(CreateStudentRequest from) =>
        new(from.StudentNumber, from.FirstName, from.LastName, from.DateOfBirth, from.Email, from.Phone, from.HomePostcode, from.Cohort);

    public static IntakeRequest Intake(ProgressionWish? wish = ProgressionWish.Level3, bool complete = true) => new(
        PriorEducation.VmboKb,
        new DateOnly(2025, 6, 12),
        [IntakeParticipant.Student, IntakeParticipant.ParentOrGuardian, IntakeParticipant.CareStaff],
        true,
        new NeedsEntry(
            new NeedEntry(NeedLevel.Some, "Needs a calm approach."),
            new NeedEntry(NeedLevel.Much, "Dyslexia: spoken instructions."),
            new NeedEntry(NeedLevel.None, null),
            new NeedEntry(NeedLevel.Some, "Weekly planning helps."),
            new NeedEntry(NeedLevel.Much, "Home situation: see care notes.")),
        new TalentScanEntry([new TalentEntry("helpful to customers", 4), new TalentEntry("punctual", null)], [new TalentEntry("planning", 2)]),
        wish,
        new PreferencesEntry(["supermarkets"], 15, [new AvoidedCompanyEntry(null, "Super Uncle BV", "Uncle is the owner.")]),
        complete);
}
