using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Internships.Features.Placements;

/// <summary>Loads placements with the student copy their access rules need, and filters lists to what a caller may see.</summary>
public static class PlacementLookup
{
    public static async Task<(Placement? Placement, StudentCopy? Student)> FindAsync(this InternshipsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (placement is null)
        {
            return (null, null);
        }

        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == placement.StudentId, cancellationToken);
        return (placement, student);
    }

    public static IQueryable<Placement> VisibleTo(this IQueryable<Placement> placements, InternshipsDbContext db, ClaimsPrincipal user)
    {
        if (user.IsCoordinator())
        {
            return placements;
        }

        var studentId = user.HasRole(Roles.Student) ? user.StudentId() : null;
        var companies = user.HasRole(Roles.Trainer) ? user.CompanyIds().ToList() : [];
        var teacher = user.HasRole(Roles.Teacher) ? user.StaffId() : null;
        var mentor = user.HasRole(Roles.Mentor) ? user.StaffId() : null;
        return placements.Where(p =>
            (studentId != null && p.StudentId == studentId)
            || companies.Contains(p.CompanyId)
            || (teacher != null && p.TeacherStaffId == teacher)
            || (mentor != null && db.Students.Any(s => s.Id == p.StudentId && s.MentorStaffId == mentor)));
    }

    /// <summary>The approved hours that count: an approved entry stops counting once a correction of it is approved (see <see cref="HoursEntry.ApprovedFigures"/>).</summary>
    public static IQueryable<HoursEntry> ApprovedFigures(this InternshipsDbContext db) =>
        db.Hours.Where(h => h.Status == HoursStatus.Approved && !db.Hours.Any(c => c.CorrectsId == h.Id && c.Status == HoursStatus.Approved));

    public static async Task<decimal> ApprovedHoursAsync(this InternshipsDbContext db, Guid placementId, CancellationToken cancellationToken) =>
        await db.ApprovedFigures().Where(h => h.PlacementId == placementId).SumAsync(h => (decimal?)h.Hours, cancellationToken) ?? 0;

    public static async Task<PlacementResponse> ResponseAsync(this InternshipsDbContext db, Placement placement, StudentCopy? student, CancellationToken cancellationToken) =>
        PlacementResponse.From(placement, student?.DisplayName ?? "", await db.ApprovedHoursAsync(placement.Id, cancellationToken), student is { Erased: false } ? student.StudentNumber : "");
}
