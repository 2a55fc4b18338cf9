namespace PartnershipHub.Companies.Domain;

/// <summary>Who the school contacts at the company.</summary>
public sealed record ContactPerson(string? Name, string? Email, string? Phone)
{
    /// <param name="field">Where the contact sits in the request ("contact"), or empty when it is the whole body.</param>
    public static ContactPerson Create(string? name, string? email, string? phone, string field)
    {
        var prefix = field.Length == 0 ? "" : field + ".";
        return new(Text.Optional(name, prefix + "name"), Text.OptionalEmail(email, prefix + "email"), Text.Optional(phone, prefix + "phone", 30));
    }
}
