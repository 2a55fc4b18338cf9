namespace PartnershipHub.Identity.Features.Staff;

/// <summary>A colleague's name by their staff id: nothing else (no email, no roles) leaves the directory.</summary>
public sealed record StaffName(Guid StaffId, string DisplayName);
