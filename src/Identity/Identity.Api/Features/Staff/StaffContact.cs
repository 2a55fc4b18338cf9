namespace PartnershipHub.Identity.Features.Staff;

/// <summary>
/// A school contact person: name and work e-mail (the account's sign-in address). Identity keeps no phone number for
/// staff (the column ASP.NET Identity brings is never filled), so none is given.
/// </summary>
public sealed record StaffContact(Guid StaffId, string DisplayName, string Email);
