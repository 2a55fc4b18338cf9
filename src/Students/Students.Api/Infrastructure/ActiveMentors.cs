using Microsoft.EntityFrameworkCore;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Infrastructure;

/// <summary>
/// The mentor rule wherever a mentor is set (registration, assignment, import): the staff id must belong to an
/// active staff member with the mentor role in Identity's announced staff list (<see cref="StaffMemberCopy"/>).
/// </summary>
public static class ActiveMentors
{
    public const string Field = "mentorStaffId";

    public const string NotAnActiveMentor = "No active mentor has this staff id.";

    public static IQueryable<StaffMemberCopy> ActiveMentorsQuery(this StudentsDbContext db) =>
        db.StaffMembers.Where(StaffMemberCopy.IsActiveMentor);

    public static async Task<bool> IsActiveMentorAsync(this StudentsDbContext db, Guid? staffId, CancellationToken cancellationToken) =>
        staffId is { } id && await db.ActiveMentorsQuery().AnyAsync(m => m.StaffId == id, cancellationToken);

    /// <summary>400 naming <see cref="Field"/> unless <paramref name="staffId"/> is an active mentor: an unknown mentor never gets stored.</summary>
    public static async Task EnsureActiveMentorAsync(this StudentsDbContext db, Guid staffId, CancellationToken cancellationToken)
    {
        if (!await db.IsActiveMentorAsync(staffId, cancellationToken))
        {
            throw new FieldValidationException(Field, NotAnActiveMentor);
        }
    }

    /// <summary>Those of <paramref name="staffIds"/> that are active mentors, in one query (the import checks a batch at once).</summary>
    public static async Task<HashSet<Guid>> ActiveMentorsAmongAsync(this StudentsDbContext db, IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken)
    {
        if (staffIds.Count == 0)
        {
            return [];
        }

        var ids = staffIds.Distinct().ToArray();
        return [.. await db.ActiveMentorsQuery().Where(m => ids.Contains(m.StaffId)).Select(m => m.StaffId).ToListAsync(cancellationToken)];
    }
}
