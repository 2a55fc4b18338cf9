namespace PartnershipHub.Companies.Domain;

/// <summary>A workplace trainer (praktijkopleider) at one company.</summary>
public sealed class Trainer
{
    private Trainer()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Lower case; it is how a trainer's token is matched to this record.</summary>
    public string Email { get; private set; } = "";

    public string? Phone { get; private set; }

    public List<string> Crebos { get; private set; } = [];

    public int MaxStudents { get; private set; }

    public bool Active { get; private set; }

    public TrainerDetails Details => new(Name, Email, Phone, Crebos, MaxStudents, Active);

    internal static Trainer Create(Guid id, Guid companyId, TrainerDetails details)
    {
        var trainer = new Trainer { Id = id, CompanyId = companyId };
        trainer.Apply(details);
        return trainer;
    }

    internal bool Apply(TrainerDetails details)
    {
        if (Name == details.Name && Email == details.Email && Phone == details.Phone && Crebos.SequenceEqual(details.Crebos)
            && MaxStudents == details.MaxStudents && Active == details.Active)
        {
            return false;
        }

        Name = details.Name;
        Email = details.Email;
        Phone = details.Phone;
        Crebos = [.. details.Crebos];
        MaxStudents = details.MaxStudents;
        Active = details.Active;
        return true;
    }
}
