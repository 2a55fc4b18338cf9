namespace PartnershipHub.Internships.Features.Matching;

/// <summary>The cost of placing one student at one company, term by term (spreading depends on the others and is added by the solution).</summary>
public readonly record struct CostTerms(int Travel, int BeyondMax, int Sector, int Needs)
{
    public int Total => Travel + BeyondMax + Sector + Needs;
}
