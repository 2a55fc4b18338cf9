using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.PersonalData;

public sealed record AgreementDocumentExport(Guid Id, string FileName, long Size, IReadOnlyList<AgreementParty> Parties, DateTimeOffset UploadedAt, string UploadedBy);
