namespace PartnershipHub.Companies.Domain;

/// <summary>
/// The rules behind Companies' 409 answers, as the <c>rule</c> the portal translates (besides the shared
/// <c>concurrent-change</c> and <c>already-exists</c>).
/// </summary>
public static class ConflictRules
{
    /// <summary>A KvK number names one company.</summary>
    public const string KvkNumberTaken = "kvk-number-taken";

    /// <summary>An e-mail address names one trainer within a company.</summary>
    public const string TrainerEmailTaken = "trainer-email-taken";

    /// <summary>An erased trainer's record cannot be changed (or brought back).</summary>
    public const string TrainerErased = "trainer-erased";

    /// <summary>A revoked accreditation cannot be revoked again.</summary>
    public const string AccreditationAlreadyRevoked = "accreditation-already-revoked";

    /// <summary>Places for a qualification need an accreditation for it that is valid during the period.</summary>
    public const string PlacesNeedAccreditation = "places-need-accreditation";

    /// <summary>A period name means one date range.</summary>
    public const string PeriodDatesDiffer = "period-dates-differ";
}
