namespace PartnershipHub.Internships.Domain;

public enum SignatureMethod
{
    /// <summary>Signed in the portal by the signer themself.</summary>
    Portal,

    /// <summary>Signed on paper; a scan is attached (its reference stored).</summary>
    Paper,
}
