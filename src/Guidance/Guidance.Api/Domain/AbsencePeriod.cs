namespace PartnershipHub.Guidance.Domain;

/// <summary>What one absence record covers: one school day, or a whole week (its date is the week's Monday).</summary>
public enum AbsencePeriod
{
    Day,
    Week,
}
