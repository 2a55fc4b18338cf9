namespace PartnershipHub.Identity.Domain;

public enum InvitationState
{
    Open,
    Expired,
    Used,
    Replaced,
}
