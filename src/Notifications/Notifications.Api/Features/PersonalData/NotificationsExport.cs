namespace PartnershipHub.Notifications.Features.PersonalData;

/// <summary>Everything Notifications holds about one student (the right of access); the portal puts it in one download with the other services' exports.</summary>
public sealed record NotificationsExport(
    DateTimeOffset ExportedAt,
    string Service,
    StudentCopyExport? Student,
    IReadOnlyList<NotificationExport> Notifications,
    IReadOnlyList<NotificationExport> NotificationsToOthers,
    IReadOnlyList<WorkItemExport> WorkItems,
    IReadOnlyList<MailExport> Mails,
    PreferenceExport? Preferences);
