using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Placements;

/// <summary>
/// A portal signature of the caller's own party. <see cref="SignerName"/> is used only when the token carries no name;
/// <see cref="Method"/>, when given, must be <c>Portal</c> (paper goes through the upload, a guardian through the link).
/// </summary>
public sealed record SignRequest(AgreementParty? Party, SignatureMethod? Method = null, string? SignerName = null);
