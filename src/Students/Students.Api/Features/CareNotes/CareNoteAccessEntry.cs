using PartnershipHub.Students.Domain;


namespace PartnershipHub.Students.Features.CareNotes;

/// <summary>One line of the access log: ids only, so it stays meaningful and pseudonymous after erasure.</summary>
public sealed record CareNoteAccessEntry(Guid StudentId, Guid StaffId, string Role, CareNoteAccessKind Kind, DateTimeOffset At);
