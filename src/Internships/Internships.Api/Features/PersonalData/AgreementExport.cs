using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.PersonalData;

/// <summary>The placement's agreement (POK): every signature as recorded, and the parties still to sign.</summary>
public sealed record AgreementExport(IReadOnlyList<AgreementSignature> Signatures, IReadOnlyList<AgreementParty> Missing);
