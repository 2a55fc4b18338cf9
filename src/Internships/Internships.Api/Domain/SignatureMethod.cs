namespace PartnershipHub.Internships.Domain;

public enum SignatureMethod
{
    /// <summary>Signed in the portal by the signer themself, in their own role.</summary>
    Portal,

    /// <summary>Signed on paper; the coordinator uploaded the scanned PDF (<see cref="AgreementSignature.DocumentId"/>).</summary>
    Paper,

    /// <summary>A parent or guardian signed through the single-use link mailed to them (no account).</summary>
    GuardianLink,
}
