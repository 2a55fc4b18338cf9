namespace PartnershipHub.Identity.Security;

/// <summary>The admin API's own policies (registered in ApplicationServices); the other services' live in ServiceDefaults.</summary>
public static class IdentityPolicies
{
    /// <summary>Operators and coordinators manage accounts through the admin API.</summary>
    public const string UserAdministrators = "user-administrators";

    /// <summary>School staff look up colleagues' names by staff id.</summary>
    public const string StaffDirectoryReaders = "staff-directory-readers";

    /// <summary>School staff and workplace trainers look up the work contact details of a placement's school contact.</summary>
    public const string StaffContactReaders = "staff-contact-readers";
}
