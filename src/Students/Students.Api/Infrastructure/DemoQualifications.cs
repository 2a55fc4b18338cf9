namespace PartnershipHub.Students.Infrastructure;

/// <summary>
/// The three level-2 qualifications of the demo data. The crebo codes are illustrative 25xxx numbers chosen for the
/// demo (the Companies seed accredits places for the same codes once both teams align).
/// </summary>
public static class DemoQualifications
{
    public const string RetailCrebo = "25258";
    public const string RetailName = "Verkoper (Bc359 Verkoop)";
    public const string CarpentryCrebo = "25252";
    public const string CarpentryName = "Timmerman (Bc355 Timmeren)";
    public const string HairdressingCrebo = "25195";
    public const string HairdressingName = "Kapper (Bc307 Haarverzorging)";
    public const int Level = 2;
}
