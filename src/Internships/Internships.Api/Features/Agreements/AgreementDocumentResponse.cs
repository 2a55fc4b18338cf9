using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Agreements;

public sealed record AgreementDocumentResponse(Guid Id, string FileName, long Size, IReadOnlyList<AgreementParty> Parties, DateTimeOffset UploadedAt);
