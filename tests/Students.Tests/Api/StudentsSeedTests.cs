using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

public sealed class StudentsSeedTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    [Fact]
    public async Task The_demo_seed_creates_300_students_once_with_the_fixed_demo_ids()
    {
        var now = DateTimeOffset.UtcNow;

        var first = await fixture.InDatabaseAsync(db => StudentsSeed.SeedAsync(db, now));
        var second = await fixture.InDatabaseAsync(db => StudentsSeed.SeedAsync(db, now));

        Assert.Equal(300, first);
        Assert.Equal(0, second);
        var demo = await fixture.InDatabaseAsync(db => db.Students.Include(s => s.Enrolments).SingleAsync(s => s.Id == DemoIds.Student));
        Assert.Equal(DemoIds.Mentor, demo.MentorStaffId);
        Assert.True(demo.IntakeComplete);
        Assert.True(await fixture.InDatabaseAsync(db => db.CareNotes.AnyAsync(n => n.StudentId == DemoIds.Student && n.AuthorStaffId == DemoIds.Care)));
        Assert.Equal(30, await fixture.InDatabaseAsync(db => db.Students.CountAsync(s => s.MentorStaffId == DemoIds.Mentor)));
        Assert.Equal(3, await fixture.InDatabaseAsync(db => db.Enrolments.Select(e => e.Crebo).Distinct().CountAsync()));

        var wishes = await fixture.InDatabaseAsync(db => db.Students.Where(s => s.IntakeCompletedOn != null).Select(s => s.Intake!).ToListAsync());
        var movingUp = wishes.Count(i => i.ProgressionWish is ProgressionWish.Level3 or ProgressionWish.Level4);
        Assert.InRange(movingUp * 100 / wishes.Count, 40, 60);
    }
}
