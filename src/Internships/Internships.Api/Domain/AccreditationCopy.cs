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
}
