namespace PartnershipHub.Identity.Features.Invitations;

/// <summary>A form post; settable properties, so a field left out altogether binds as null instead of failing.</summary>
public sealed class RenewInvitationForm
{
    public string? Token { get; set; }
}
