namespace PartnershipHub.Guidance.Features.HelpRequests;

/// <summary>When (required) and where (optional) the mentor and the student talk.</summary>
public sealed record PlanConversationRequest(DateTimeOffset? ConversationAt, string? ConversationPlace);
