namespace PartnershipHub.Internships.Domain;

/// <summary>Who did something: a role name and the id the token carries for that role (staff, student or subject id).</summary>
public sealed record Actor(string Role, Guid? Id)
{
    public override string ToString() => Id is { } id ? $"{Role}:{id}" : Role;
}
