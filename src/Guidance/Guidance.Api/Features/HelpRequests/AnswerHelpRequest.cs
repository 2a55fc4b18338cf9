namespace PartnershipHub.Guidance.Features.HelpRequests;

public sealed record AnswerHelpRequest(string? Answer);
