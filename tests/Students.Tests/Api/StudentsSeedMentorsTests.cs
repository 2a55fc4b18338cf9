using Microsoft.EntityFrameworkCore;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

/// <summary>The demo seed gives students their mentors before Identity's events arrive, so it brings its own copy of them.</summary>
public sealed class StudentsSeedMentorsTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    [Fact]
    public async Task The_demo_seed_adds_its_mentors_at_version_0_and_Identitys_events_win()
    {
        var now = DateTimeOffset.UtcNow;
        // Identity was first for one of them: the seed leaves that copy alone.
        await fixture.StoreStaffMemberAsync(TestMentors.Changed(DemoIds.Mentors[1], 3, "Anouk from Identity"));

        await fixture.InDatabaseAsync(db => StudentsSeed.SeedAsync(db, now));
        await fixture.InDatabaseAsync(db => StudentsSeed.SeedAsync(db, now));

        var copies = await fixture.InDatabaseAsync(db => db.StaffMembers.AsNoTracking().Where(m => DemoIds.Mentors.Contains(m.StaffId)).ToListAsync());
        Assert.Equal(DemoIds.Mentors.Count, copies.Count);
        Assert.All(copies, c => Assert.True(c.ActsAsMentor));
        Assert.Equal("Anouk from Identity", copies.Single(c => c.StaffId == DemoIds.Mentors[1]).DisplayName);
        Assert.All(copies.Where(c => c.StaffId != DemoIds.Mentors[1]), c => Assert.Equal(0, c.Version));
        Assert.Equal("Mehmet Mentor", copies.Single(c => c.StaffId == DemoIds.Mentor).DisplayName);
        var mine = await (await fixture.Mentor(DemoIds.Mentor).GetAsync($"/api/students/{DemoIds.Student}")).ReadAsync<StudentResponse>();
        Assert.True(mine.MentorActive);

        // Identity's first event about the demo mentor replaces the placeholder.
        await fixture.StoreStaffMemberAsync(TestMentors.Changed(DemoIds.Mentor, 1, "Mehmet Mentor", active: false));
        var student = await (await fixture.Coordinator().GetAsync($"/api/students/{DemoIds.Student}")).ReadAsync<StudentResponse>();
        Assert.Equal(DemoIds.Mentor, student.MentorStaffId);
        Assert.False(student.MentorActive);
    }
}
