namespace PartnershipHub.Guidance.Features.Signals;

/// <summary>A signal raised by hand: what the person saw (required) and whether it needs attention today.</summary>
public sealed record RaiseSignalRequest(string? Description, bool? Urgent);
