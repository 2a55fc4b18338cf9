using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Tests.Support;

/// <summary>
/// Mentors a student can be given: the service accepts only staff ids Identity announced as active mentors
/// (StaffMemberChanged). Tests about something else register theirs straight in the service's copy; the messaging
/// tests publish the event.
/// </summary>
public static class TestMentors
{
    public static StaffMemberChanged Changed(
        Guid staffId, long version, string displayName = "Test Mentor", IReadOnlyList<string>? roles = null, bool active = true, Guid? userId = null) =>
        new(staffId, userId ?? staffId, displayName, $"{staffId:N}@school.test", roles ?? [Roles.Mentor], active, "nl", DateTimeOffset.UtcNow, version);

    /// <summary>A new active mentor, in the copy at once (as if Identity's event had arrived).</summary>
    public static async Task<Guid> NewMentorAsync(this StudentsApiFixture fixture, string displayName = "Test Mentor")
    {
        var staffId = Guid.NewGuid();
        await fixture.StoreStaffMemberAsync(Changed(staffId, 1, displayName));
        return staffId;
    }

    /// <summary>Puts the event's staff member in the copy as the consumer would (a newer version replaces an older one).</summary>
    public static Task StoreStaffMemberAsync(this StudentsApiFixture fixture, StaffMemberChanged e) => fixture.InDatabaseAsync(async db =>
    {
        var copy = await db.StaffMembers.SingleOrDefaultAsync(s => s.StaffId == e.StaffId);
        if (copy is null)
        {
            db.StaffMembers.Add(StaffMemberCopy.From(e));
        }
        else
        {
            copy.Apply(e);
        }

        return await db.SaveChangesAsync();
    });
}
