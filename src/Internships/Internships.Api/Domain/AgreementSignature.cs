namespace PartnershipHub.Internships.Domain;

/// <summary>
/// One party's signature: who signed (<see cref="SignerName"/>), who recorded it (<see cref="RecordedBy"/>, role and
/// actor id: the signer themself in the portal, the coordinator for paper, <c>guardian:&lt;link id&gt;</c> for the mailed
/// link), when and how. <see cref="GuardianName"/> and <see cref="ScanReference"/> are kept from before guardians signed
/// themselves and paper scans were uploaded; new signatures leave them empty.
/// </summary>
public sealed record AgreementSignature(
    AgreementParty Party,
    SignatureMethod Method,
    string SignerName,
    string? GuardianName,
    string? ScanReference,
    string RecordedBy,
    DateTimeOffset SignedAt)
{
    /// <summary>The uploaded scan a paper signature is on.</summary>
    public Guid? DocumentId { get; init; }
}
