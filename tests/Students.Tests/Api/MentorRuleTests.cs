using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Features.Import;
using PartnershipHub.Students.Features.Lifecycle;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

/// <summary>
/// Wherever a mentor is set (registration, assignment, import) the staff id must be an active mentor Identity announced;
/// anything else is a 400 naming mentorStaffId, and an unknown mentor never gets stored.
/// </summary>
public sealed class MentorRuleTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    private const string NotAMentor = "No active mentor has this staff id.";

    private const string Header = "studentNumber,firstName,lastName,dateOfBirth,email,phone,homePostcode,cohort,crebo,qualificationName,level,route,startDate,expectedEndDate,team,mentorStaffId";

    private static string Row(string number, Guid? mentor, string lastName = "Mentorrule") =>
        $"{number},Sam,{lastName},2009-01-02,sam@example.nl,,3511 AB,MR-2025,25258,Verkoper,2,BOL,2025-09-01,2027-07-01,Retail,{mentor}";

    private static StringContent Csv(params string[] rows) => new(string.Join("\n", rows.Prepend(Header)), Encoding.UTF8, "text/csv");

    /// <summary>Three staff ids that are not active mentors: nobody Identity announced, a deactivated mentor, a teacher only.</summary>
    private async Task<(Guid Unknown, Guid Deactivated, Guid TeacherOnly)> NotMentorsAsync()
    {
        var deactivated = Guid.NewGuid();
        await fixture.StoreStaffMemberAsync(TestMentors.Changed(deactivated, 1));
        await fixture.StoreStaffMemberAsync(TestMentors.Changed(deactivated, 2, active: false));
        var teacher = Guid.NewGuid();
        await fixture.StoreStaffMemberAsync(TestMentors.Changed(teacher, 1, roles: [Roles.Teacher]));
        return (Guid.NewGuid(), deactivated, teacher);
    }

    [Fact]
    public async Task Registering_a_student_with_a_staff_id_that_is_not_an_active_mentor_is_refused_and_stores_nothing()
    {
        var (unknown, deactivated, teacherOnly) = await NotMentorsAsync();

        foreach (var staffId in new[] { unknown, deactivated, teacherOnly })
        {
            var request = TestStudents.Create(staffId);
            Assert.Equal([NotAMentor], await (await fixture.Coordinator().PostJsonAsync("/api/students", request)).AssertFieldErrorAsync("mentorStaffId"));
            Assert.False(await fixture.InDatabaseAsync(db => db.Students.AnyAsync(s => s.StudentNumber == request.StudentNumber)));
        }

        Assert.False(await fixture.InDatabaseAsync(db => db.MentorAssignments.AnyAsync(m => m.MentorStaffId == unknown || m.MentorStaffId == deactivated || m.MentorStaffId == teacherOnly)));
        var withoutMentor = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create());
        Assert.Null(withoutMentor.MentorStaffId);
        Assert.False(withoutMentor.MentorActive);
    }

    [Fact]
    public async Task Assigning_a_staff_id_that_is_not_an_active_mentor_is_refused_and_the_mentor_stays()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var (unknown, deactivated, teacherOnly) = await NotMentorsAsync();

        foreach (var staffId in new[] { unknown, deactivated, teacherOnly })
        {
            Assert.Equal([NotAMentor], await (await fixture.Coordinator().PutJsonAsync($"/api/students/{student.Id}/mentor", new AssignMentorRequest(staffId)))
                .AssertFieldErrorAsync("mentorStaffId"));
        }

        var after = await (await fixture.Coordinator().GetAsync($"/api/students/{student.Id}")).ReadAsync<StudentResponse>();
        Assert.Equal(mentor, after.MentorStaffId);
        Assert.True(after.MentorActive);
        Assert.Equal([mentor], after.MentorHistory!.Select(m => m.MentorStaffId));
    }

    [Fact]
    public async Task An_import_row_naming_a_staff_id_that_is_not_an_active_mentor_is_rejected_and_the_others_import()
    {
        var mentor = await fixture.NewMentorAsync();
        var (unknown, deactivated, teacherOnly) = await NotMentorsAsync();
        string[] numbers = [.. Enumerable.Range(0, 5).Select(_ => TestStudents.NewStudentNumber())];

        var report = await (await fixture.Coordinator().PostAsync("/api/students/import", Csv(
            Row(numbers[0], mentor), Row(numbers[1], unknown), Row(numbers[2], deactivated), Row(numbers[3], teacherOnly), Row(numbers[4], null)))).ReadAsync<ImportReport>();

        Assert.Equal(2, report.Created);
        Assert.Equal(3, report.Rejected);
        Assert.Equal(ImportOutcome.Created, report.Rows[0].Outcome);
        Assert.Equal(ImportOutcome.Created, report.Rows[4].Outcome);
        foreach (var rejected in report.Rows.Skip(1).Take(3))
        {
            Assert.Equal(ImportOutcome.Rejected, rejected.Outcome);
            Assert.Equal([NotAMentor], rejected.Errors!["mentorStaffId"]);
        }

        Assert.Equal(2, await fixture.InDatabaseAsync(db => db.Students.CountAsync(s => numbers.Contains(s.StudentNumber))));
        Assert.False(await fixture.InDatabaseAsync(db => db.Students.AnyAsync(s => s.MentorStaffId == unknown || s.MentorStaffId == deactivated || s.MentorStaffId == teacherOnly)));
    }

    [Fact]
    public async Task A_reimport_keeps_a_mentor_who_left_but_cannot_change_to_one()
    {
        var leaving = await fixture.NewMentorAsync();
        var number = TestStudents.NewStudentNumber();
        var first = await (await fixture.Coordinator().PostAsync("/api/students/import", Csv(Row(number, leaving)))).ReadAsync<ImportReport>();
        Assert.Equal(1, first.Created);
        await fixture.StoreStaffMemberAsync(TestMentors.Changed(leaving, 2, active: false));

        // The school's export still names the old mentor: the row sets nothing about the mentor, so it is not refused for it.
        var again = await (await fixture.Coordinator().PostAsync("/api/students/import", Csv(Row(number, leaving, lastName: "Renamed")))).ReadAsync<ImportReport>();
        Assert.Equal(ImportOutcome.Updated, Assert.Single(again.Rows).Outcome);

        // Another student cannot be given them, and this one cannot be moved to an unknown mentor.
        var other = await (await fixture.Coordinator().PostAsync("/api/students/import", Csv(Row(TestStudents.NewStudentNumber(), leaving)))).ReadAsync<ImportReport>();
        Assert.Equal(["mentorStaffId"], Assert.Single(other.Rows).Errors!.Keys);
        var moved = await (await fixture.Coordinator().PostAsync("/api/students/import", Csv(Row(number, Guid.NewGuid(), lastName: "Renamed")))).ReadAsync<ImportReport>();
        var refused = Assert.Single(moved.Rows);
        Assert.Equal(ImportOutcome.Rejected, refused.Outcome);
        Assert.Equal(first.Rows[0].StudentId, refused.StudentId);
        Assert.Equal(leaving, await fixture.InDatabaseAsync(db => db.Students.Where(s => s.StudentNumber == number).Select(s => s.MentorStaffId).SingleAsync()));
    }

    [Fact]
    public async Task The_list_finds_the_students_whose_mentor_is_no_longer_an_active_mentor()
    {
        var cohort = $"MI-{Guid.NewGuid():N}"[..20];
        var stays = await fixture.NewMentorAsync();
        var deactivated = await fixture.NewMentorAsync();
        var teacherNow = await fixture.NewMentorAsync();
        var coordinator = fixture.Coordinator();
        var ofStays = await coordinator.CreateStudentAsync(TestStudents.Create(stays, cohort, lastName: "Aalders"));
        var ofDeactivated = await coordinator.CreateStudentAsync(TestStudents.Create(deactivated, cohort, lastName: "Bakker"));
        var ofTeacher = await coordinator.CreateStudentAsync(TestStudents.Create(teacherNow, cohort, lastName: "Claes"));
        var withoutMentor = await coordinator.CreateStudentAsync(TestStudents.Create(null, cohort, lastName: "Dekker"));
        await fixture.StoreStaffMemberAsync(TestMentors.Changed(deactivated, 2, active: false));
        await fixture.StoreStaffMemberAsync(TestMentors.Changed(teacherNow, 2, roles: [Roles.Teacher]));

        var inactive = await (await coordinator.GetAsync($"/api/students?cohort={cohort}&mentorInactive=true")).ReadAsync<PagedList<StudentSummary>>();
        var active = await (await coordinator.GetAsync($"/api/students?cohort={cohort}&mentorInactive=false")).ReadAsync<PagedList<StudentSummary>>();
        var all = await (await coordinator.GetAsync($"/api/students?cohort={cohort}")).ReadAsync<PagedList<StudentSummary>>();

        Assert.Equal([ofDeactivated.Id, ofTeacher.Id], inactive.Items.Select(s => s.Id));
        Assert.Equal(2, inactive.Total);
        Assert.All(inactive.Items, s => Assert.False(s.MentorActive));
        Assert.Equal(ofStays.Id, Assert.Single(active.Items).Id);
        Assert.True(active.Items[0].MentorActive);
        Assert.Equal([true, false, false, false], all.Items.Select(s => s.MentorActive));
        Assert.Equal(withoutMentor.Id, all.Items[3].Id);

        // Reassigned, the student leaves the filter.
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutJsonAsync($"/api/students/{ofDeactivated.Id}/mentor", new AssignMentorRequest(stays))).StatusCode);
        var afterwards = await (await coordinator.GetAsync($"/api/students?cohort={cohort}&mentorInactive=true")).ReadAsync<PagedList<StudentSummary>>();
        Assert.Equal(ofTeacher.Id, Assert.Single(afterwards.Items).Id);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Teacher().GetAsync($"/api/students?cohort={cohort}&mentorInactive=true")).StatusCode);
    }
}
