using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.PersonalData;

/// <summary>
/// The placement's agreement (POK): every signature as recorded, the parties still to sign, the link mailed to the
/// guardian (their name and e-mail address are held about the student) and the uploaded paper scans (not their content).
/// </summary>
public sealed record AgreementExport(
    IReadOnlyList<AgreementSignature> Signatures,
    IReadOnlyList<AgreementParty> Missing,
    GuardianLinkExport? GuardianLink,
    IReadOnlyList<AgreementDocumentExport> Documents);
