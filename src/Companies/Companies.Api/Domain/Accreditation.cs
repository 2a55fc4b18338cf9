using PartnershipHub.Contracts;

namespace PartnershipHub.Companies.Domain;

/// <summary>SBB's recognition (erkenning) that the company may train students for one qualification.</summary>
public sealed class Accreditation
{
    private Accreditation()
    {
    }

    public Guid CompanyId { get; private set; }

    public string Crebo { get; private set; } = "";

    public List<LearningRoute> Routes { get; private set; } = [];

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public string? RevocationReason { get; private set; }

    public bool IsRevoked => RevokedOn is not null;

    public bool IsCurrentOn(DateOnly day) => !IsRevoked && ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    /// <summary>Valid on at least one day of the period: the company may offer places in it.</summary>
    public bool Overlaps(DateOnly start, DateOnly end) => !IsRevoked && ValidFrom <= end && (ValidTo is null || ValidTo >= start);

    internal static Accreditation Create(Guid companyId, string crebo) => new() { CompanyId = companyId, Crebo = crebo };

    /// <summary>Grants, extends or (after a revocation) grants again; false when nothing changes.</summary>
    internal bool Grant(IReadOnlyList<LearningRoute> routes, DateOnly validFrom, DateOnly? validTo)
    {
        var ordered = routes.Distinct().Order().ToList();
        if (!IsRevoked && Routes.SequenceEqual(ordered) && ValidFrom == validFrom && ValidTo == validTo)
        {
            return false;
        }

        Routes = ordered;
        ValidFrom = validFrom;
        ValidTo = validTo;
        RevokedOn = null;
        RevocationReason = null;
        return true;
    }

    internal void Revoke(string reason, DateOnly on)
    {
        RevokedOn = on;
        RevocationReason = reason;
    }
}
