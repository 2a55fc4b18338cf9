namespace PartnershipHub.Students.Api;

public sealed record CareNoteResponse(Guid Id, Guid AuthorStaffId, string Text, DateTimeOffset WrittenAt);
