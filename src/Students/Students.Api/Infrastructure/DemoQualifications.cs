namespace PartnershipHub.Students.Infrastructure;

/// <summary>
/// The three level-2 qualifications of the demo data, with the same illustrative crebo codes as the Companies seed
/// (its DemoQualifications), so demo students match demo accreditations.
/// </summary>
public static class DemoQualifications
{
    public const string RetailCrebo = "25662";
    public const string RetailName = "Verkoper (Bc359 Verkoop)";
    public const string CarpentryCrebo = "25645";
    public const string CarpentryName = "Timmerman (Bc355 Timmeren)";
    public const string HairdressingCrebo = "25682";
    public const string HairdressingName = "Kapper (Bc307 Haarverzorging)";
    public const int Level = 2;
}
