namespace PartnershipHub.Companies.Domain;

/// <summary>How the company likes to work with the school: how often to be in touch, whom to call, what it offers students.</summary>
public sealed record CooperationAgreement(string? ContactFrequency, string? WhoToCall, string? Notes, IReadOnlyList<string> Offers)
{
    public static CooperationAgreement None { get; } = new(null, null, null, []);

    public static CooperationAgreement Create(string? contactFrequency, string? whoToCall, string? notes, IEnumerable<string?>? offers, string field) =>
        new(
            Text.Optional(contactFrequency, $"{field}.contactFrequency"),
            Text.Optional(whoToCall, $"{field}.whoToCall"),
            Text.Optional(notes, $"{field}.notes", 2000),
            Domain.Offers.Normalize(offers, $"{field}.offers"));

    public bool SameAs(CooperationAgreement other) =>
        ContactFrequency == other.ContactFrequency && WhoToCall == other.WhoToCall && Notes == other.Notes && Offers.SequenceEqual(other.Offers);
}
