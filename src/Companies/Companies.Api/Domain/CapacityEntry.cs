namespace PartnershipHub.Companies.Domain;

/// <summary>How many students the company takes for one qualification in one period.</summary>
public sealed class CapacityEntry
{
    private CapacityEntry()
    {
    }

    public Guid CompanyId { get; private set; }

    public Guid PeriodId { get; private set; }

    public string Crebo { get; private set; } = "";

    public int Places { get; private set; }

    internal static CapacityEntry Create(Guid companyId, Guid periodId, string crebo) =>
        new() { CompanyId = companyId, PeriodId = periodId, Crebo = crebo };

    internal bool SetPlaces(int places)
    {
        if (Places == places)
        {
            return false;
        }

        Places = places;
        return true;
    }
}
