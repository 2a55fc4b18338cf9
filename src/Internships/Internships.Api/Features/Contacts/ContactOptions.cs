namespace PartnershipHub.Internships.Features.Contacts;

/// <summary><c>Contacts:NoContactWeeks</c> (default 6) and how often the check runs (<c>Contacts:CheckInterval</c>, default an hour).</summary>
public sealed class ContactOptions
{
    public const string SectionName = "Contacts";

    public int NoContactWeeks { get; set; } = 6;

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}
