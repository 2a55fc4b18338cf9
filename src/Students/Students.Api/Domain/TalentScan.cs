namespace PartnershipHub.Students.Domain;

public sealed record TalentScan(IReadOnlyList<TalentItem> Strengths, IReadOnlyList<TalentItem> DevelopmentPoints)
{
    public static TalentScan Empty { get; } = new([], []);
}
