namespace PartnershipHub.Guidance.Features.Concerns;

/// <summary>
/// The school's one contact point for a placement: the placement's teacher when a coordinator set one, else the student's
/// mentor (<see cref="Role"/> "placementTeacher" or "mentor"); both null when the school has named neither yet. Guidance
/// knows staff ids only: the portal asks Identity's <c>/api/staff/contacts</c> for the name and work e-mail.
/// </summary>
public sealed record SchoolContactResponse(Guid? StaffId, string? Role);
