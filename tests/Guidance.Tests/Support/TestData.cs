using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Assessments;

namespace PartnershipHub.Guidance.Tests.Support;

/// <summary>Arranges local copies directly (as if the events had arrived) and builds valid requests.</summary>
public static class TestData
{
    public static readonly string[] Keys = ["punctuality", "initiative", "cooperation", "communication", "feedback", "care-safety", "appearance", "reflection"];

    public static StudentCopy Student(Guid? mentor = null, string cohort = "2025-VK2", DateOnly? enrolmentStart = null) => new()
    {
        Id = Guid.NewGuid(),
        StudentNumber = Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture),
        FirstName = "Sanne",
        LastName = "Jansen",
        Cohort = cohort,
        EnrolmentId = Guid.NewGuid(),
        Crebo = "25258",
        QualificationName = "Verkoper",
        Level = 2,
        Route = LearningRoute.Bol,
        EnrolmentStart = enrolmentStart ?? new DateOnly(2025, 9, 1),
        ExpectedEnd = new DateOnly(2027, 7, 1),
        MentorStaffId = mentor,
        RecordVersion = 1,
        EnrolmentVersion = 1,
        MentorVersion = 1,
    };

    public static PlacementCopy Placement(Guid studentId, Guid companyId, PlacementStatus status = PlacementStatus.Active, DateOnly? start = null) => new()
    {
        Id = Guid.NewGuid(),
        StudentId = studentId,
        CompanyId = companyId,
        CompanyName = "Bakkerij De Korenaar",
        Crebo = "25258",
        StartDate = start ?? new DateOnly(2026, 9, 1),
        EndDate = (start ?? new DateOnly(2026, 9, 1)).AddDays(140),
        PlannedHours = 400,
        Status = status,
        Version = 1,
    };

    public static PlacementSnapshot Snapshot(Guid placementId, Guid studentId, Guid companyId, PlacementStatus status, DateOnly? start = null) =>
        new(placementId, studentId, companyId, "Bakkerij De Korenaar", Guid.NewGuid(), Guid.NewGuid(), "25258", LearningRoute.Bol, Guid.NewGuid(),
            start ?? new DateOnly(2026, 9, 1), (start ?? new DateOnly(2026, 9, 1)).AddDays(140), 400, status, []);

    /// <summary>Every criterion at <paramref name="level"/>, with the given exceptions; observations wherever needed.</summary>
    public static List<CriterionRating> Ratings(AttitudeLevel level, params (string Key, AttitudeLevel Level)[] except) =>
        [.. Keys.Select(k => except.FirstOrDefault(e => e.Key == k) is { Key: not null } e
            ? new CriterionRating(k, e.Level, "Gezien op de werkvloer")
            : new CriterionRating(k, level, level == AttitudeLevel.NeedsAttention ? "Gezien op de werkvloer" : null))];

    public static StartAssessmentRequest Start(AssessorRole role, Guid? placementId = null, List<CriterionRating>? ratings = null, Guid? supersedes = null) =>
        new(role, AssessmentKind.Formative, null, placementId, supersedes, ratings ?? Ratings(AttitudeLevel.Competent), "Goed bezig", [new FeedForwardStep("Volgende keer eerder vragen stellen", false)]);
}
