using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Absence;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;
using static PartnershipHub.Guidance.Tests.Support.AbsenceClient;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>The information system's absence export: a row report, idempotent re-imports, and mentors limited to their own mentees.</summary>
public sealed class AbsenceImportTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private readonly Guid _mentor = Guid.NewGuid();

    private async Task<StudentCopy> StudentAsync(Guid? mentor = null, DateOnly? enrolmentStart = null)
    {
        var student = TestData.Student(mentor ?? _mentor, enrolmentStart: enrolmentStart);
        student.StudentNumber = $"A{Guid.NewGuid():N}"[..12];
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            return db.SaveChangesAsync();
        });
        return student;
    }

    private Task<List<SchoolAbsence>> StoredAsync(Guid studentId) =>
        fixture.InDatabaseAsync(db => db.SchoolAbsences.AsNoTracking().Where(a => a.StudentId == studentId).OrderBy(a => a.Date).ToListAsync());

    [Fact]
    public async Task The_row_report_names_each_bad_row_by_line_and_field_and_the_good_rows_are_stored()
    {
        var student = await StudentAsync();
        var recent = await StudentAsync(enrolmentStart: Today.AddDays(-10));
        var n = student.StudentNumber;
        var csv = $"""
            studentnummer;datum;uren;geoorloofd;reden;periode
            {n};{Iso(Monday(1))};2;nee;ZK;dag
            999999999;{Iso(Monday(1))};2;nee;;dag
            {recent.StudentNumber};{Iso(Today.AddDays(-30))};2;nee;;dag
            {n};{Iso(Monday(1))};3;nee;;dag
            {n};{Iso(Monday(1).AddDays(1))};twee;nee;;dag
            {n};{Iso(Monday(1).AddDays(2))};30;nee;;dag
            {n};{Iso(Monday(1).AddDays(3))};2;misschien;;dag
            {n};{Iso(Today.AddDays(3))};2;nee;;dag
            {n};{Iso(Monday(2).AddDays(1))};10;nee;;week
            {n};{Iso(Monday(2))};10;nee;;week
            {n};{Iso(Monday(1).AddDays(4))};2,5;ja;LAAT;dag
            {n};{Iso(Monday(1).AddDays(3))};2;nee;vrije tekst;dag
            """;

        var report = await (await fixture.Coordinator().ImportAbsenceAsync(csv)).ReadAsync<AbsenceImportReport>();

        Assert.Equal(12, report.Total);
        Assert.Equal(3, report.Created);
        Assert.Equal(9, report.Rejected);
        Assert.Equal(0, report.RowsLeftOut);
        void Rejected(int line, string field)
        {
            var row = Assert.Single(report.Rows, r => r.Line == line);
            Assert.Equal(AbsenceImportOutcome.Rejected, row.Outcome);
            Assert.True(row.Errors?.ContainsKey(field) == true, $"Line {line}: expected an error on '{field}', got {string.Join(", ", row.Errors?.Keys ?? [])}");
        }

        Rejected(3, "studentNumber");
        Rejected(4, "date");
        Rejected(5, "date");
        Assert.Contains("line 2", Assert.Single(report.Rows, r => r.Line == 5).Errors!["date"][0], StringComparison.Ordinal);
        Rejected(6, "hours");
        Rejected(7, "hours");
        Rejected(8, "authorised");
        Rejected(9, "date");
        Rejected(10, "date");
        Rejected(13, "reason");
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 13], report.Rows.Select(r => r.Line));

        var stored = await StoredAsync(student.Id);
        Assert.Equal(3, stored.Count);
        var week = Assert.Single(stored, a => a.Period == AbsencePeriod.Week);
        Assert.Equal(Monday(2), week.Date);
        Assert.Equal(10m, week.Hours);
        var late = Assert.Single(stored, a => a.Date == Monday(1).AddDays(4));
        Assert.Equal(2.5m, late.Hours);
        Assert.True(late.Authorised);
        Assert.Equal("LAAT", late.ReasonCode);
        Assert.All(stored, a => Assert.Equal(Contracts.AbsenceSource.Import, a.Source));
        Assert.Empty(await StoredAsync(recent.Id));
    }

    [Fact]
    public async Task The_same_file_twice_changes_nothing_and_a_changed_value_is_reported_updated()
    {
        var first = await StudentAsync();
        var second = await StudentAsync();
        string Csv(decimal changedHours) =>
            "studentNumber,date,hours,authorised,reason\n"
            + string.Join("\n", Enumerable.Range(0, 5).SelectMany(d => new[]
            {
                $"{first.StudentNumber},{Iso(Monday(1).AddDays(d))},{(d == 2 ? changedHours : 1m).ToString(System.Globalization.CultureInfo.InvariantCulture)},no,",
                $"{second.StudentNumber},{Iso(Monday(1).AddDays(d))},2,yes,ZK",
            }));
        var coordinator = fixture.Coordinator();

        var created = await (await coordinator.ImportAbsenceAsync(Csv(1m))).ReadAsync<AbsenceImportReport>();
        Assert.Equal((10, 10, 0, 0, 2), (created.Total, created.Created, created.Updated, created.Unchanged, created.Students));
        var before = await StoredAsync(first.Id);
        Assert.Equal(1, await fixture.OutboxCountAsync("SchoolAbsenceImported", created.ImportId.ToString()));
        Assert.Equal(1, await fixture.OutboxCountAsync("AbsenceRecorded", first.Id.ToString()));
        Assert.Equal(1, await fixture.OutboxCountAsync("AbsenceRecorded", second.Id.ToString()));

        var again = await (await coordinator.ImportAbsenceAsync(Csv(1m))).ReadAsync<AbsenceImportReport>();
        Assert.Equal((10, 0, 0, 10), (again.Total, again.Created, again.Updated, again.Unchanged));
        Assert.Empty(again.Rows);
        var after = await StoredAsync(first.Id);
        Assert.Equal(before.Select(a => (a.Id, a.Hours, a.RecordedAt, a.ImportId)), after.Select(a => (a.Id, a.Hours, a.RecordedAt, a.ImportId)));
        // Nothing changed, so nobody hears of a change.
        Assert.Equal(1, await fixture.OutboxCountAsync("AbsenceRecorded", first.Id.ToString()));

        var changed = await (await coordinator.ImportAbsenceAsync(Csv(4m))).ReadAsync<AbsenceImportReport>();
        Assert.Equal((0, 1, 9), (changed.Created, changed.Updated, changed.Unchanged));
        var updated = Assert.Single(changed.Rows);
        Assert.Equal((6, AbsenceImportOutcome.Updated, first.StudentNumber), (updated.Line, updated.Outcome, updated.StudentNumber));
        Assert.Equal(4m, (await StoredAsync(first.Id)).Single(a => a.Date == Monday(1).AddDays(2)).Hours);
        Assert.Equal(2, await fixture.OutboxCountAsync("AbsenceRecorded", first.Id.ToString()));
        Assert.Equal(1, await fixture.OutboxCountAsync("AbsenceRecorded", second.Id.ToString()));
    }

    [Fact]
    public async Task A_mentor_imports_the_rows_of_own_mentees_and_the_others_come_back_refused()
    {
        var own = await StudentAsync();
        var other = await StudentAsync(mentor: Guid.NewGuid());
        var csv = $"studentNumber;date;minutes;authorised\n{own.StudentNumber};{Iso(Monday(1))};90;nee\n{other.StudentNumber};{Iso(Monday(1))};90;nee\n";

        var report = await (await fixture.Mentor(_mentor).ImportAbsenceAsync(csv)).ReadAsync<AbsenceImportReport>();

        Assert.Equal((1, 1, 0), (report.Created, report.Refused, report.Rejected));
        var refused = Assert.Single(report.Rows);
        Assert.Equal((3, AbsenceImportOutcome.Refused), (refused.Line, refused.Outcome));
        Assert.True(refused.Errors!.ContainsKey("studentNumber"));
        Assert.Equal(1.5m, Assert.Single(await StoredAsync(own.Id)).Hours);
        Assert.Empty(await StoredAsync(other.Id));
    }

    [Fact]
    public async Task Only_coordinators_and_mentors_import_and_a_file_without_the_columns_is_a_400_on_file()
    {
        var student = await StudentAsync();
        var csv = $"studentNumber;date;hours;authorised\n{student.StudentNumber};{Iso(Monday(1))};2;nee\n";
        await (await fixture.Teacher(Guid.NewGuid()).ImportAbsenceAsync(csv)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Trainer(Guid.NewGuid()).ImportAbsenceAsync(csv)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(student.Id).ImportAbsenceAsync(csv)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Care().ImportAbsenceAsync(csv)).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Factory.CreateClient().ImportAbsenceAsync(csv)).AssertStatusAsync(HttpStatusCode.Unauthorized);
        Assert.Empty(await StoredAsync(student.Id));

        await (await fixture.Coordinator().ImportAbsenceAsync("studentNumber;date;authorised\nx;2026-01-05;nee\n")).AssertFieldErrorAsync("file");
        await (await fixture.Coordinator().ImportAbsenceAsync("")).AssertFieldErrorAsync("file");
    }
}
