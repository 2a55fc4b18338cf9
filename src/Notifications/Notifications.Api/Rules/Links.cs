namespace PartnershipHub.Notifications.Rules;

/// <summary>The portal screens the notifications open (paths of the portal's <c>@page</c> routes).</summary>
public static class Links
{
    public static string TrainerPlacement(Guid placementId) => $"/trainer/placements/{placementId}";

    public static string TrainerAssessment(Guid placementId) => $"/trainer/placements/{placementId}/assess";

    public const string Student = "/student";

    public const string StudentSelfAssessment = "/student/self-assessment";

    public static string MentorStudent(Guid studentId) => $"/mentor/students/{studentId}";

    public static string MentorPlan(Guid studentId) => $"/mentor/students/{studentId}/plan";

    public const string Teacher = "/teacher";

    public const string CoordinatorMatching = "/coordinator/matching";

    public const string CoordinatorPlacements = "/coordinator/placements";

    /// <summary>The end-of-placement survey, for the student and the trainer alike.</summary>
    public static string Survey(Guid surveyId) => $"/enquete/{surveyId}";
}
