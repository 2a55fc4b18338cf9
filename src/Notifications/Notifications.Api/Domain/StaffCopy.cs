using PartnershipHub.Contracts;

namespace PartnershipHub.Notifications.Domain;

/// <summary>A school employee (from Identity's StaffMemberChanged): who to tell, in which language, with which roles.</summary>
public sealed class StaffCopy
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public bool Active { get; set; }

    public string Language { get; set; } = "nl";

    public long Version { get; set; }

    /// <summary>Applies the account as it now is, unless a newer version was applied already.</summary>
    public bool Apply(StaffMemberChanged e)
    {
        if (e.Version <= Version)
        {
            return false;
        }

        UserId = e.UserId;
        DisplayName = e.DisplayName;
        Email = e.Email.Trim().ToLowerInvariant();
        Roles = [.. e.Roles];
        Active = e.Active;
        Language = NotificationTexts.NormaliseLanguage(e.Language);
        Version = e.Version;
        return true;
    }
}
