namespace PartnershipHub.Identity.Infrastructure;

public sealed record DemoAccount(
    Guid UserId,
    string Email,
    string DisplayName,
    string Role,
    Guid? StaffId = null,
    Guid? StudentId = null,
    Guid? CompanyId = null,
    Guid? TrainerId = null,
    string? Phone = null);
