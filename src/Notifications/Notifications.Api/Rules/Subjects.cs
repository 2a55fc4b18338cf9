namespace PartnershipHub.Notifications.Rules;

/// <summary>What each work item is about (its <c>SubjectKey</c>), stable across the events and runs that touch it.</summary>
public static class Subjects
{
    public static string Agreement(Guid placementId) => $"agreement:{placementId}";

    public static string Assignment(Guid assignmentId) => $"assignment:{assignmentId}";

    public static string HoursToApprove(Guid placementId, DateOnly weekStart) => $"hours:{placementId}:{weekStart:yyyy-MM-dd}";

    public static string HoursToLog(Guid placementId, DateOnly weekStart) => $"hours-to-log:{placementId}:{weekStart:yyyy-MM-dd}";

    /// <summary>One assessment per review cycle: the cycle starts at the last review held (or the student's first).</summary>
    public static string Assessment(Guid studentId, DateTimeOffset? lastReviewHeldAt) =>
        $"assessment:{studentId}:{(lastReviewHeldAt is { } held ? held.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss") : "first")}";

    public static string SchoolQuestion(Guid contactId) => $"contact:{contactId}";

    public static string Signal(Guid signalId) => $"signal:{signalId}";

    public static string ReviewDue(Guid studentId, DateOnly due) => $"review-due:{studentId}:{due:yyyy-MM-dd}";

    public static string Discrepancy(Guid assessmentId) => $"discrepancy:{assessmentId}";

    public static string NoRecentContact(Guid placementId, DateOnly since) => $"no-contact:{placementId}:{since:yyyy-MM-dd}";

    public static string StudentsUnplaced(Guid periodId) => $"unplaced:{periodId}";

    public static string AgreementsUnsigned(Guid periodId) => $"unsigned:{periodId}";

    /// <summary>One survey, one respondent: also the dedupe key of its notification.</summary>
    public static string Survey(Guid surveyId) => $"survey:{surveyId}";
}
