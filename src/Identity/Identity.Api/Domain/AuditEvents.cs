namespace PartnershipHub.Identity.Domain;

public static class AuditEvents
{
    public const string SignInSucceeded = "sign-in-succeeded";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string RolesChanged = "roles-changed";
    public const string Deactivated = "deactivated";
    public const string InvitationSent = "invitation-sent";
    public const string InvitationAccepted = "invitation-accepted";
    public const string TrainerUnlinked = "trainer-unlinked";
    public const string Erased = "erased";
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string StaffAccountCreated = "staff-account-created";
    public const string StaffAccountUpdated = "staff-account-updated";
    public const string StaffImported = "staff-imported";
    public const string Reactivated = "reactivated";
}
