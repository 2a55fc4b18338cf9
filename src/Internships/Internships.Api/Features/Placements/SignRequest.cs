using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Placements;

public sealed record SignRequest(AgreementParty? Party, SignatureMethod? Method, string? SignerName, string? ScanReference, string? GuardianName);
