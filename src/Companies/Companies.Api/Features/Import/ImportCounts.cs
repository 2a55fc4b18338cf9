namespace PartnershipHub.Companies.Features.Import;

/// <summary>What happened to the rows of one batch (or of the whole file, once added up).</summary>
internal sealed class ImportCounts
{
    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public void Add(ImportCounts other)
    {
        Created += other.Created;
        Updated += other.Updated;
        Unchanged += other.Unchanged;
    }
}
