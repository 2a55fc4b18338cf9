namespace PartnershipHub.Notifications.Domain;

/// <summary>Facts about each <see cref="NotificationKind"/> that rules, delivery and preferences share.</summary>
public static class NotificationKinds
{
    /// <summary>What the placement agreement (POK) requires: signing it, logging and approving hours, the assessments. No opt-out.</summary>
    public static readonly IReadOnlySet<NotificationKind> Required = new HashSet<NotificationKind>
    {
        NotificationKind.AgreementToSign,
        NotificationKind.HoursToApprove,
        NotificationKind.AssessmentDue,
        NotificationKind.SelfAssessmentDue,
        NotificationKind.HoursToLog,
    };

    public static bool CanOptOut(NotificationKind kind) => !Required.Contains(kind);

    /// <summary>Who hears about a kind first (an escalated item reaches a staff member whatever its kind).</summary>
    public static RecipientKind AudienceOf(NotificationKind kind) => kind switch
    {
        NotificationKind.AgreementToSign or NotificationKind.AssignmentToConfirm or NotificationKind.AssignmentToSignOff
            or NotificationKind.HoursToApprove or NotificationKind.AssessmentDue or NotificationKind.SchoolQuestion => RecipientKind.Trainer,
        NotificationKind.HoursToLog or NotificationKind.SelfAssessmentDue or NotificationKind.AssignmentReturned
            or NotificationKind.ReviewScheduled or NotificationKind.SurveyToAnswer => RecipientKind.Student,
        _ => RecipientKind.Staff,
    };

    /// <summary>Every audience a kind speaks to: the end-of-placement survey asks the student and the trainer alike.</summary>
    public static IReadOnlyList<RecipientKind> AudiencesOf(NotificationKind kind) => kind switch
    {
        NotificationKind.SurveyToAnswer => [RecipientKind.Student, RecipientKind.Trainer],
        _ => [AudienceOf(kind)],
    };

    /// <summary>The kinds a person of <paramref name="audience"/> can receive, in a stable order (for the preferences page).</summary>
    public static IReadOnlyList<NotificationKind> For(RecipientKind audience) =>
        [.. Enum.GetValues<NotificationKind>().Where(kind => AudiencesOf(kind).Contains(audience))];
}
