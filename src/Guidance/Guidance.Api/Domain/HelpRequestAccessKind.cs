namespace PartnershipHub.Guidance.Domain;

/// <summary>What a member of staff did with a private help request.</summary>
public enum HelpRequestAccessKind
{
    Read,
    Answer,
    Close,
    Export,
}
