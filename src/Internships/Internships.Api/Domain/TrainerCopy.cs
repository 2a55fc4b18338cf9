namespace PartnershipHub.Internships.Domain;

public sealed class TrainerCopy
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public string Name { get; set; } = "";

    public List<string> Crebos { get; set; } = [];

    public int MaxStudents { get; set; }

    public bool Active { get; set; }

    public long Version { get; set; }
}
