namespace PartnershipHub.Portal.Api;

// Students' care notes (docs/students-service.md): only ids for people, camelCase kinds ("read", "write", "export").
public sealed record CareNote(Guid Id, Guid AuthorStaffId, string Text, DateTimeOffset WrittenAt);

public sealed record CareNoteAccess(Guid StudentId, Guid StaffId, string Role, string Kind, DateTimeOffset At);

public sealed record CareNoteRequest(string Text);
