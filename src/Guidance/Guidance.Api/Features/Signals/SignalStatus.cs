namespace PartnershipHub.Guidance.Features.Signals;

public enum SignalStatus
{
    Open,
    Acknowledged,
    Resolved,
}
