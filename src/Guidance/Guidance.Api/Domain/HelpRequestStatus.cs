namespace PartnershipHub.Guidance.Domain;

/// <summary>Open (waiting for the school) → answered or conversation planned → closed with what was done.</summary>
public enum HelpRequestStatus
{
    Open,
    Answered,
    ConversationPlanned,
    Closed,
}
