using PartnershipHub.Contracts;

namespace PartnershipHub.Insights.Tests.Projections;

/// <summary>Events as the other services publish them, with only what a test varies as parameters.</summary>
internal static class HistoryEvents
{
    public static Enrolment Enrolment(int level = 2, string crebo = "25258", DateOnly? start = null) =>
        new(Guid.NewGuid(), crebo, "Verkoper", level, LearningRoute.Bol, start ?? new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "Retail");

    public static StudentEnrolled Enrolled(Guid id, long version, Guid? mentor = null, string cohort = "2025", int level = 2) =>
        new(id, "900123", "Sanne", "Jansen", new DateOnly(2009, 3, 14), "sanne@example.nl", "3511 AB", null, null, cohort,
            Enrolment(level), mentor, version);

    public static StudentUpdated Updated(Guid id, long version, StudentStatus status = StudentStatus.Active, string cohort = "2025") =>
        new(id, "900123", "Sanne", "Jansen", new DateOnly(2009, 3, 14), null, null, null, null, cohort, status, version);

    public static IntakeCompleted Intake(Guid id, long version, ProgressionWish wish, DateOnly? on = null) =>
        new(id, on ?? new DateOnly(2025, 6, 12),
            new NeedsSummary(NeedLevel.None, NeedLevel.Some, NeedLevel.Much, NeedLevel.None, NeedLevel.None),
            wish, new InternshipPreferences([], null, []), version);

    public static PlacementSnapshot Snapshot(
        Guid placementId, Guid studentId, Guid companyId, PlacementStatus status, Guid? trainerId = null, Guid? periodId = null,
        string companyName = "Bakkerij De Korenbloem") =>
        new(placementId, studentId, companyId, companyName, Guid.NewGuid(), trainerId, "25258", LearningRoute.Bol,
            periodId ?? Guid.Parse("0190f000-0000-7000-8000-000000000001"), new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 29), 400, status, []);

    public static PlacementEnded Ended(PlacementSnapshot snapshot, long version, DateOnly endedOn, bool early = false, PlacementEndReason? reason = null) =>
        new(snapshot with { Status = early ? PlacementStatus.EndedEarly : PlacementStatus.Completed }, endedOn, early, reason,
            early ? "coordinator" : null, version);

    public static CompanyRegistered Company(Guid id, long version, string name, bool active = true) =>
        new(id, name, "12345678", "retail", active, [], ["25258"], version);

    public static TrainerRegistered Trainer(Guid id, Guid companyId, long version, string email) =>
        new(id, companyId, "Piet de Vries", email, null, ["25258"], 3, version);

    public static AttitudeAssessmentSubmitted Assessment(Guid studentId, string role, params CriterionLevel[] levels) =>
        new(Guid.NewGuid(), studentId, null, role, "periodic", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero),
            ["punctuality"], [], null, levels);
}
