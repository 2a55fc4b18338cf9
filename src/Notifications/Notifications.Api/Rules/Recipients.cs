using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Notifications.Rules;

/// <summary>
/// Who must act, by the relationships the copies hold: a placement's trainer (else the company's active trainers), its
/// school contact (teacher, else the student's mentor), the coordinators. A deactivated person gets no new items; a
/// person whose copy has not arrived yet does (their account event is on its way).
/// </summary>
public sealed class Recipients(NotificationsDbContext db)
{
    /// <summary>The recipient of a trainer's item at a company with no trainer known yet: it escalates at the next run.</summary>
    public static readonly Guid NobodyYet = Guid.Empty;

    public async Task<IReadOnlyList<Guid>> TrainersAsync(Guid? trainerId, Guid companyId, CancellationToken cancellationToken)
    {
        if (trainerId is { } id)
        {
            var copy = await db.Trainers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (copy is null || (copy.Active && copy.CompanyId == companyId))
            {
                return [id];
            }
        }

        var active = await db.Trainers.AsNoTracking()
            .Where(t => t.CompanyId == companyId && t.Active)
            .OrderBy(t => t.Id)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        return active.Count > 0 ? active : [NobodyYet];
    }

    /// <summary>The placement's teacher, else the student's mentor; null when neither is there (the coordinators then).</summary>
    public async Task<Guid?> SchoolContactAsync(Guid? teacherStaffId, Guid? mentorStaffId, CancellationToken cancellationToken)
    {
        if (await StaffMemberAsync(teacherStaffId, cancellationToken) is { } teacher)
        {
            return teacher;
        }

        return await StaffMemberAsync(mentorStaffId, cancellationToken);
    }

    /// <summary>The staff member, unless they are known to be deactivated.</summary>
    public async Task<Guid?> StaffMemberAsync(Guid? staffId, CancellationToken cancellationToken)
    {
        if (staffId is not { } id)
        {
            return null;
        }

        var active = await db.Staff.AsNoTracking().Where(s => s.Id == id).Select(s => (bool?)s.Active).FirstOrDefaultAsync(cancellationToken);
        return active is false ? null : id;
    }

    public async Task<IReadOnlyList<Guid>> CoordinatorsAsync(CancellationToken cancellationToken) =>
        await db.Staff.AsNoTracking()
            .Where(s => s.Active && s.Roles.Contains(Roles.Coordinator))
            .OrderBy(s => s.Id)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
}
