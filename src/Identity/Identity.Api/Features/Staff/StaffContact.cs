namespace PartnershipHub.Identity.Features.Staff;

/// <summary>
/// A school contact person: name, work e-mail (the account's sign-in address) and the work phone number when the account
/// has one (ASP.NET Identity's <c>PhoneNumber</c> column; null otherwise).
/// </summary>
public sealed record StaffContact(Guid StaffId, string DisplayName, string Email, string? Phone = null);
