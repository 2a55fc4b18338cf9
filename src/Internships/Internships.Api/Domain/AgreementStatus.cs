namespace PartnershipHub.Internships.Domain;

/// <summary>The agreement's own state, apart from the placement's (a signed agreement stays signed while the placement runs).</summary>
public enum AgreementStatus
{
    /// <summary>Nobody has signed yet.</summary>
    Unsigned,

    /// <summary>Some parties have signed, others not yet.</summary>
    PartlySigned,

    /// <summary>Every required party has signed.</summary>
    Signed,

    /// <summary>The placement ended before every party had signed.</summary>
    Cancelled,
}
