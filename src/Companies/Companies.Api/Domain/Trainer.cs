using PartnershipHub.Persistence.Conflicts;

namespace PartnershipHub.Companies.Domain;

/// <summary>A workplace trainer (praktijkopleider) at one company.</summary>
public sealed class Trainer
{
    /// <summary>
    /// An erased trainer's e-mail: without an <c>@</c> it is no address, so no token's e-mail ever matches it, and with
    /// the id it stays unique within the company (the column is required and unique per company).
    /// </summary>
    private const string ErasedEmailPrefix = "erased:";

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

    /// <summary>The person's data was erased (right to erasure): the record keeps only its id, company and qualifications.</summary>
    public bool IsErased => Email.StartsWith(ErasedEmailPrefix, StringComparison.Ordinal);

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

    /// <summary>Forgets the person: name, e-mail and phone go, the record becomes inactive; false when already erased.</summary>
    internal bool Erase()
    {
        if (IsErased)
        {
            return false;
        }

        Name = "";
        Email = ErasedEmailPrefix + Id.ToString("N");
        Phone = null;
        Active = false;
        return true;
    }

    /// <summary>An erased trainer stays erased: changing the record would bring a person back under an id everyone forgot.</summary>
    public void EnsureNotErased()
    {
        if (IsErased)
        {
            throw new ConflictException(ConflictRules.TrainerErased, "This trainer's personal data was erased; register the person again as a new trainer.");
        }
    }
}
