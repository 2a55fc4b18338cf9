namespace PartnershipHub.Students.Features.CareNotes;

public sealed record CareNoteResponse(Guid Id, Guid AuthorStaffId, string Text, DateTimeOffset WrittenAt);
