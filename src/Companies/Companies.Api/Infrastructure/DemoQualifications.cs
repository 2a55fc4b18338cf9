namespace PartnershipHub.Companies.Infrastructure;

/// <summary>
/// The three level-2 qualifications the demo data uses, so other services' seeds can name the same codes.
/// The crebo numbers are plausible stand-ins, not checked against the national register.
/// </summary>
public static class DemoQualifications
{
    /// <summary>Bc359 Verkoop: verkoper (retail sales), level 2.</summary>
    public const string Retail = "25662";

    /// <summary>Bc355 Timmeren: timmerman (carpentry), level 2.</summary>
    public const string Carpentry = "25645";

    /// <summary>Bc307 Haarverzorging: kapper (hairdressing), level 2.</summary>
    public const string Hairdressing = "25682";
}
