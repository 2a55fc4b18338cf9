using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Students.Features.Import;
using PartnershipHub.Students.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

/// <summary>The import copies its events into the outbox in bulk (the row format is tested in Messaging.Tests); this shows each is published once, in row order.</summary>
public sealed class StudentImportOutboxTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    private const string Header = "studentNumber,firstName,lastName,dateOfBirth,email,phone,homePostcode,cohort,crebo,qualificationName,level,route,startDate,expectedEndDate,team,mentorStaffId";

    private static string Row(string number, string lastName = "Bulk", string crebo = "25258", string start = "2025-09-01", string mentor = "") =>
        $"{number},Sam,{lastName},2009-01-02,sam@example.nl,,3511 AB,BULK-2025,{crebo},Verkoper,2,BOL,{start},2027-07-01,Retail,{mentor}";

    private static StringContent Csv(IEnumerable<string> rows) =>
        new(string.Join("\n", rows.Prepend(Header)), Encoding.UTF8, new MediaTypeHeaderValue("text/csv").MediaType!);

    [Fact]
    public async Task An_import_over_several_batches_publishes_each_event_exactly_once_in_row_order()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<StudentEnrolled>().Collect<StudentUpdated>().Collect<MentorAssigned>());
        var numbers = Enumerable.Range(0, StudentImporter.BatchSize + 150).Select(_ => TestStudents.NewStudentNumber()).ToList();

        var first = await (await fixture.Coordinator().PostAsync("/api/students/import", Csv(numbers.Select(n => Row(n))))).ReadAsync<ImportReport>();
        Assert.Equal(numbers.Count, first.Created);

        // Again, with one renamed student who also gets a mentor: two events for that row, nothing for the others.
        var mentor = await fixture.NewMentorAsync();
        var second = await (await fixture.Coordinator().PostAsync(
            "/api/students/import",
            Csv(numbers.Select((n, i) => i == 7 ? Row(n, lastName: "Renamed", mentor: mentor.ToString()) : Row(n))))).ReadAsync<ImportReport>();
        Assert.Equal(1, second.Updated);
        Assert.Equal(numbers.Count - 1, second.Unchanged);

        await events.WaitForAsync<MentorAssigned>(e => e.MentorStaffId == mentor, TimeSpan.FromSeconds(60));
        var ours = numbers.ToHashSet(StringComparer.Ordinal);
        await WaitUntilAsync(() => events.All<StudentEnrolled>().Count(e => ours.Contains(e.StudentNumber)) >= numbers.Count);
        var enrolledType = OutboxBulk.TypeName(typeof(StudentEnrolled));
        List<OutboxMessage> enrolledRows = [];
        await WaitUntilAsync(async () =>
        {
            enrolledRows = await fixture.InDatabaseAsync(db => db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.MessageType == enrolledType).OrderBy(m => m.Id).ToListAsync());
            enrolledRows = [.. enrolledRows.Where(m => ours.Contains(StudentNumberOf(m)))];
            return enrolledRows.All(m => m.SentAt is not null);
        });

        // One row per student, numbered in file order, each published by a single successful attempt.
        Assert.Equal(numbers, enrolledRows.Select(StudentNumberOf).ToList());
        Assert.All(enrolledRows, row => Assert.Equal(1, row.Attempts));
        var received = events.All<StudentEnrolled>().Where(e => ours.Contains(e.StudentNumber)).ToList();
        Assert.Equal(numbers.Count, received.Count);
        Assert.Equal(enrolledRows.Select(m => m.MessageId).Order(), received.Select(e => e.EventId).Order());
        var renamed = Assert.Single(events.All<StudentUpdated>(), e => e.StudentNumber == numbers[7]);
        Assert.Equal("Renamed", renamed.LastName);
    }

    private static string StudentNumberOf(OutboxMessage row)
    {
        using var payload = JsonDocument.Parse(row.Payload);
        return payload.RootElement.GetProperty("studentNumber").GetString()!;
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static Task WaitUntilAsync(Func<Task<bool>> condition) =>
        Eventually.WaitUntilAsync(condition, "the imported students' events", TimeSpan.FromSeconds(60));
}
