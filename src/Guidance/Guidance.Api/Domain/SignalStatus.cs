namespace PartnershipHub.Guidance.Domain;

public enum SignalStatus
{
    Open,
    Acknowledged,
    Resolved,
}
