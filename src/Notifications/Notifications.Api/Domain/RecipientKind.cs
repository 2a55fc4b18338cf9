namespace PartnershipHub.Notifications.Domain;

/// <summary>Who a notification is for: a school employee (by staff id), a workplace trainer (by trainer id) or a student.</summary>
public enum RecipientKind
{
    Staff,
    Trainer,
    Student,
}
