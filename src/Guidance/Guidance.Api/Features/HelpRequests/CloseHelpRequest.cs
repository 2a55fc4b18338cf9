namespace PartnershipHub.Guidance.Features.HelpRequests;

/// <summary>What was done (required).</summary>
public sealed record CloseHelpRequest(string? Note);
