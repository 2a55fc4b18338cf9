using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Students.Features.Import;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

public sealed class StudentImportApiTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    private const string Header = "studentNumber,firstName,lastName,dateOfBirth,email,phone,homePostcode,cohort,crebo,qualificationName,level,route,startDate,expectedEndDate,team,mentorStaffId";

    private static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Features", "Import", "sample-students.csv");

    private static string Row(string number, string crebo = "25258", string level = "2", string start = "2025-09-01", string end = "2027-07-01", string lastName = "Importer", string birth = "2009-01-02") =>
        $"{number},Sam,{lastName},{birth},sam@example.nl,,3511 AB,IMP-2025,{crebo},Verkoper,{level},BOL,{start},{end},Retail,";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static string NewNumber() => TestStudents.NewStudentNumber();

    [Fact]
    public async Task The_sample_file_imports_and_a_second_import_changes_nothing()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<StudentEnrolled>());
        // The sample's mentors are the demo mentors, announced by Identity in a real system.
        foreach (var mentor in DemoIds.Mentors)
        {
            await fixture.StoreStaffMemberAsync(TestMentors.Changed(mentor, 1));
        }

        var sample = await File.ReadAllTextAsync(SamplePath);

        var first = await (await fixture.Coordinator().PostAsync("/api/students/import", Csv(sample))).ReadAsync<ImportReport>();

        Assert.Equal(8, first.Total);
        Assert.Equal(8, first.Created);
        Assert.All(first.Rows, r => Assert.Null(r.Errors));
        await events.WaitForAsync<StudentEnrolled>(e => e.StudentNumber == "100008" && e.Enrolment.StartDate == new DateOnly(2025, 9, 1));
        var versions = await fixture.InDatabaseAsync(db => db.Students.Where(s => s.Cohort.StartsWith("2025-")).Select(s => s.Version).ToListAsync());

        var second = await (await fixture.Coordinator().PostAsync("/api/students/import", Csv(sample))).ReadAsync<ImportReport>();

        Assert.Equal(8, second.Unchanged);
        Assert.Equal(versions, await fixture.InDatabaseAsync(db => db.Students.Where(s => s.Cohort.StartsWith("2025-")).Select(s => s.Version).ToListAsync()));
    }

    [Fact]
    public async Task A_changed_row_updates_the_student_and_a_new_crebo_is_a_programme_change()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<StudentUpdated>().Collect<EnrolmentChanged>());
        var number = NewNumber();
        await fixture.Coordinator().PostAsync("/api/students/import", Csv($"{Header}\n{Row(number)}\n"));

        var report = await (await fixture.Coordinator().PostAsync(
            "/api/students/import", Csv($"{Header}\n{Row(number, crebo: "25252", start: "2026-02-01", end: "2028-02-01", lastName: "Renamed")}\n"))).ReadAsync<ImportReport>();

        var row = Assert.Single(report.Rows);
        Assert.Equal(ImportOutcome.Updated, row.Outcome);
        var changed = await events.WaitForAsync<EnrolmentChanged>(e => e.StudentId == row.StudentId);
        var updated = await events.WaitForAsync<StudentUpdated>(e => e.StudentId == row.StudentId);
        Assert.Equal("25252", changed.Enrolment.Crebo);
        Assert.Equal("Renamed", updated.LastName);
        Assert.True(updated.Version > changed.Version);
        Assert.Equal(2, await fixture.InDatabaseAsync(db => db.Enrolments.CountAsync(e => e.StudentId == row.StudentId)));
    }

    [Fact]
    public async Task Malformed_rows_are_rejected_one_by_one_naming_the_column_and_good_rows_still_import()
    {
        var good = NewNumber();
        var duplicate = NewNumber();
        var lines = new[]
        {
            Header,
            Row(good),
            Row(NewNumber(), crebo: "25A58"),
            Row(NewNumber(), level: "7"),
            Row(NewNumber(), start: "2025-09-01", end: "2025-06-01"),
            Row(NewNumber(), birth: "31-31-2009"),
            $"{NewNumber()},Too,Few,2009-01-02",
            Row(duplicate),
            Row(duplicate),
            Row(NewNumber()).Replace("BOL", "XYZ", StringComparison.Ordinal),
            Row(""),
        };

        var report = await (await fixture.Coordinator().PostAsync("/api/students/import", Csv(string.Join("\r\n", lines)))).ReadAsync<ImportReport>();

        Assert.Equal(10, report.Total);
        Assert.Equal(2, report.Created);
        Assert.Equal(8, report.Rejected);
        string[] ErrorsOn(int line) => [.. report.Rows.Single(r => r.Line == line).Errors!.Keys];
        Assert.Equal(["crebo"], ErrorsOn(3));
        Assert.Equal(["level"], ErrorsOn(4));
        Assert.Equal(["expectedEndDate"], ErrorsOn(5));
        Assert.Equal(["dateOfBirth"], ErrorsOn(6));
        Assert.Equal(["row"], ErrorsOn(7));
        Assert.Equal(["studentNumber"], ErrorsOn(9));
        Assert.Equal(["route"], ErrorsOn(10));
        Assert.Equal(["studentNumber"], ErrorsOn(11));
        Assert.Equal(ImportOutcome.Created, report.Rows.Single(r => r.Line == 2).Outcome);
        Assert.Equal(1, await fixture.InDatabaseAsync(db => db.Students.CountAsync(s => s.StudentNumber == duplicate)));
    }

    [Fact]
    public async Task A_programme_change_for_a_graduate_is_rejected_for_that_row_only()
    {
        var number = NewNumber();
        var created = await (await fixture.Coordinator().PostAsync("/api/students/import", Csv($"{Header}\n{Row(number)}\n"))).ReadAsync<ImportReport>();
        var studentId = created.Rows[0].StudentId;
        await fixture.Coordinator().PutJsonAsync(
            $"/api/students/{studentId}/status", new PartnershipHub.Students.Features.Lifecycle.ChangeStatusRequest(StudentStatus.Graduated, null, new DateOnly(2026, 7, 1)));
        var other = NewNumber();

        var report = await (await fixture.Coordinator().PostAsync(
            "/api/students/import", Csv($"{Header}\n{Row(number, crebo: "25252", start: "2026-09-01", end: "2028-07-01")}\n{Row(other)}\n"))).ReadAsync<ImportReport>();

        Assert.Equal(["row"], report.Rows[0].Errors!.Keys);
        Assert.Equal(ImportOutcome.Created, report.Rows[1].Outcome);
        Assert.Equal("25258", await fixture.InDatabaseAsync(db => db.Enrolments.Where(e => e.StudentId == studentId).Select(e => e.Crebo).SingleAsync()));
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_refused_naming_them()
    {
        var response = await fixture.Coordinator().PostAsync("/api/students/import", Csv("studentNumber,firstName\n1,A\n"));

        var messages = await response.AssertFieldErrorAsync("file");
        Assert.Contains("lastName", messages[0], StringComparison.Ordinal);
        await (await fixture.Coordinator().PostAsync("/api/students/import", Csv(""))).AssertFieldErrorAsync("file");
    }

    [Fact]
    public async Task A_semicolon_separated_multipart_upload_with_snake_case_headers_imports()
    {
        var number = NewNumber();
        var header = "student_number;first_name;last_name;date_of_birth;cohort;crebo;qualification_name;level;route;start_date;expected_end_date";
        var csv = $"{header}\n{number};Fleur;Bos;2008-02-02;IMP-2025;25195;Kapper;2;bbl;2025-09-01;2027-07-01\n";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "export.csv");

        var report = await (await fixture.Coordinator().PostAsync("/api/students/import", form)).ReadAsync<ImportReport>();

        Assert.Equal(ImportOutcome.Created, Assert.Single(report.Rows).Outcome);
        Assert.Equal(LearningRoute.Bbl, await fixture.InDatabaseAsync(db => db.Enrolments.Where(e => e.StudentId == report.Rows[0].StudentId).Select(e => e.Route).SingleAsync()));
    }

    [Fact]
    public async Task Only_coordinators_import()
    {
        var csv = $"{Header}\n{Row(NewNumber())}\n";

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(Guid.NewGuid()).PostAsync("/api/students/import", Csv(csv))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Operator().PostAsync("/api/students/import", Csv(csv))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer().PostAsync("/api/students/import", Csv(csv))).StatusCode);
    }
}
