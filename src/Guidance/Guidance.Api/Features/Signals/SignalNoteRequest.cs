namespace PartnershipHub.Guidance.Features.Signals;

public sealed record SignalNoteRequest(string? Note);
