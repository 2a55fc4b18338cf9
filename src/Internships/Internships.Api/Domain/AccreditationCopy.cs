using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Domain;

/// <summary>A company's accreditation for one crebo, keyed by (company, crebo) and kept at the highest version seen.</summary>
public sealed class AccreditationCopy
{
    public Guid CompanyId { get; set; }

    public string Crebo { get; set; } = "";

    public bool AllowsBol { get; set; }

    public bool AllowsBbl { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public DateOnly? RevokedOn { get; set; }

    public long Version { get; set; }

    /// <summary>Current on <paramref name="date"/> for <paramref name="route"/>: valid that day, the route allowed, not revoked.</summary>
    public bool IsCurrentOn(DateOnly date, LearningRoute route) =>
        RevokedOn is null
        && ValidFrom <= date
        && (ValidTo is null || date <= ValidTo)
        && (route == LearningRoute.Bol ? AllowsBol : AllowsBbl);

    /// <summary>Granted or extended (and no longer revoked), when newer than the copy; false for a late or repeated event.</summary>
    public bool Grant(AccreditationGranted e)
    {
        if (e.Version <= Version)
        {
            return false;
        }

        AllowsBol = e.Routes.Contains(LearningRoute.Bol);
        AllowsBbl = e.Routes.Contains(LearningRoute.Bbl);
        ValidFrom = e.ValidFrom;
        ValidTo = e.ValidTo;
        RevokedOn = null;
        Version = e.Version;
        return true;
    }

    /// <summary>Revoked, when newer than the copy. A revocation that arrives before any grant starts the copy on its date.</summary>
    public bool Revoke(AccreditationRevoked e)
    {
        if (e.Version <= Version)
        {
            return false;
        }

        if (Version == 0)
        {
            ValidFrom = e.RevokedOn;
        }

        RevokedOn = e.RevokedOn;
        Version = e.Version;
        return true;
    }
}
