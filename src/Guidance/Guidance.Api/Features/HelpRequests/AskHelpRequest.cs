using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Features.HelpRequests;

/// <summary>A student's question or request for a conversation; <c>private</c>: only the mentor and care staff may read it.</summary>
public sealed record AskHelpRequest(HelpRequestTopic? Topic, HelpRequestKind? Kind, string? Text, bool Private);
