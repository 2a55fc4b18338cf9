namespace PartnershipHub.Students.Api;

public sealed record CareNoteRequest(string? Text);
