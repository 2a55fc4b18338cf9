using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Contracts;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Infrastructure;

public sealed class ConflictNamesTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    [Fact]
    public async Task A_student_number_taken_meanwhile_is_refused_by_the_index_the_conflict_answer_names()
    {
        // The check before the insert cannot see a registration racing it; the unique index must, under the name registered for it.
        var number = TestStudents.NewStudentNumber();
        await fixture.InDatabaseAsync(db => Register(db, number));

        var refusal = await Assert.ThrowsAsync<DbUpdateException>(() => fixture.InDatabaseAsync(db => Register(db, number)));

        var answer = ConflictAnswers.Describe(refusal, fixture.Factory.Services.GetServices<DatabaseConflict>());
        Assert.NotNull(answer);
        Assert.Equal("student-number-taken", answer.Extensions["rule"]);
        Assert.Equal("A student with this student number already exists (registered meanwhile by another request or import).", answer.Detail);
    }

    private static async Task<int> Register(DbContext db, string number)
    {
        var now = DateTimeOffset.UtcNow;
        var details = new StudentDetails(number, "Sanne", "Jansen", new DateOnly(2009, 3, 14), null, null, null, null, null, "2025-VK2");
        var programme = new EnrolmentDetails("25258", "Verkoper", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), null);
        db.Add(Student.Register(Guid.CreateVersion7(now), Guid.CreateVersion7(now), details, programme, null, now));
        return await db.SaveChangesAsync();
    }
}
