namespace PartnershipHub.Internships.Domain;

/// <summary>One party's signature: who signed, who recorded it, when and how.</summary>
public sealed record AgreementSignature(
    AgreementParty Party,
    SignatureMethod Method,
    string SignerName,
    string? GuardianName,
    string? ScanReference,
    string RecordedBy,
    DateTimeOffset SignedAt);
