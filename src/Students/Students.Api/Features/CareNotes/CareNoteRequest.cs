namespace PartnershipHub.Students.Features.CareNotes;

public sealed record CareNoteRequest(string? Text);
