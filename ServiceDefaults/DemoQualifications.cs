namespace PartnershipHub.ServiceDefaults;

/// <summary>
/// The three level-2 qualifications the demo data uses, in one place: Students enrols the demo students in them,
/// Companies accredits the demo companies for them, so matching finds places. Codes are real crebo numbers.
/// </summary>
public static class DemoQualifications
{
    public const int Level = 2;

    /// <summary>Bc359 Verkoop: verkoper (retail sales).</summary>
    public const string Retail = "25662";
    public const string RetailName = "Verkoper (Bc359 Verkoop)";

    /// <summary>Bc355 Timmeren: timmerman (carpentry).</summary>
    public const string Carpentry = "25645";
    public const string CarpentryName = "Timmerman (Bc355 Timmeren)";

    /// <summary>Bc307 Haarverzorging: kapper (hairdressing).</summary>
    public const string Hairdressing = "25682";
    public const string HairdressingName = "Kapper (Bc307 Haarverzorging)";
}
