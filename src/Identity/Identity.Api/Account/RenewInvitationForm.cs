namespace PartnershipHub.Identity.Account;

public sealed record RenewInvitationForm(string? Token);
