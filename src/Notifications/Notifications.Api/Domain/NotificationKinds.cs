namespace PartnershipHub.Notifications.Domain;

/// <summary>Facts about each <see cref="NotificationKind"/> that delivery and preferences share.</summary>
public static class NotificationKinds
{
    /// <summary>What the placement agreement (POK) requires: signing it, approving hours, the assessments. No opt-out.</summary>
    public static readonly IReadOnlySet<NotificationKind> Required = new HashSet<NotificationKind>
    {
        NotificationKind.AgreementToSign,
        NotificationKind.HoursToApprove,
        NotificationKind.AssessmentDue,
        NotificationKind.SelfAssessmentDue,
        NotificationKind.HoursToLog,
    };

    public static bool CanOptOut(NotificationKind kind) => !Required.Contains(kind);
}
