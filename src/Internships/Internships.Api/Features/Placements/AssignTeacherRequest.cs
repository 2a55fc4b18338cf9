using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Placements;

public sealed record AssignTeacherRequest(Guid? TeacherStaffId);
