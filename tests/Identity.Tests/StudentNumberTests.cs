using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Tests.Infrastructure;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>A school's provider may identify a student by number only; the account learns it from StudentEnrolled.</summary>
public sealed class StudentNumberTests(BusFixture fixture) : IClassFixture<BusFixture>
{
    [Fact]
    public async Task Enrolled_student_account_keeps_the_student_number()
    {
        var student = Student($"student-{Guid.NewGuid():N}@test.partnershiphub.nl");
        var messageId = Guid.NewGuid();

        await fixture.PublishAsync(student, messageId);
        await fixture.WaitProcessedAsync(messageId);

        var account = await fixture.InDatabaseAsync(db => db.Users.SingleAsync(u => u.StudentId == student.StudentId));
        Assert.Equal(student.StudentNumber, account.StudentNumber);
    }

    [Fact]
    public async Task A_number_another_account_holds_is_not_copied()
    {
        var first = Student($"first-{Guid.NewGuid():N}@test.partnershiphub.nl");
        var second = Student($"second-{Guid.NewGuid():N}@test.partnershiphub.nl") with { StudentNumber = first.StudentNumber };
        var (firstId, secondId) = (Guid.NewGuid(), Guid.NewGuid());

        await fixture.PublishAsync(first, firstId);
        await fixture.WaitProcessedAsync(firstId);
        await fixture.PublishAsync(second, secondId);
        await fixture.WaitProcessedAsync(secondId);

        var account = await fixture.InDatabaseAsync(db => db.Users.SingleAsync(u => u.StudentId == second.StudentId));
        Assert.Null(account.StudentNumber);
    }

    private static StudentEnrolled Student(string email) => new(
        Guid.NewGuid(), "S" + Random.Shared.Next(10_000_000, 99_999_999), "Sam", "Student", new DateOnly(2008, 3, 1), email, "3511AB", null, null, "2025",
        new Enrolment(Guid.NewGuid(), "25168", "Medewerker ICT", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "ICT-1A"),
        null, Version: 1);
}
