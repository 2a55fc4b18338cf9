using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Projections;

/// <summary>A company's name and whether it is active, from Companies' events: the highest version wins.</summary>
public static class CompanyFactRules
{
    public static bool Apply(this CompanyFact company, CompanyRegistered e) => company.Apply(e.Name, e.Active, e.Version);

    public static bool Apply(this CompanyFact company, CompanyUpdated e) => company.Apply(e.Name, e.Active, e.Version);

    private static bool Apply(this CompanyFact company, string name, bool active, long version)
    {
        if (version <= company.Version)
        {
            return false;
        }

        company.Name = name;
        company.Active = active;
        company.Version = version;
        return true;
    }
}
