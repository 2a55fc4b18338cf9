using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

public sealed class StudentsApiTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    [Fact]
    public async Task A_coordinator_registers_a_student_and_StudentEnrolled_is_published()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<StudentEnrolled>());
        var mentor = await fixture.NewMentorAsync();
        var request = TestStudents.Create(mentor);

        var response = await fixture.Coordinator().PostJsonAsync("/api/students", request);

        var created = await response.ReadAsync<StudentResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/students/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("3511 AB", created.PersonalDetails?.HomePostcode);
        Assert.True(created.PersonalDetails?.IsMinor);
        var enrolled = await events.WaitForAsync<StudentEnrolled>(e => e.StudentId == created.Id);
        Assert.Equal(request.StudentNumber, enrolled.StudentNumber);
        Assert.Equal("25258", enrolled.Enrolment.Crebo);
        Assert.Equal(mentor, enrolled.MentorStaffId);
        Assert.NotNull(enrolled.HomeLatitude);
        Assert.Equal(1, enrolled.Version);
    }

    public static TheoryData<string, CreateStudentRequest> BadRegistrations() => new()
    {
        { "enrolment.crebo", TestStudents.Create() with { Enrolment = TestStudents.Enrolment(crebo: "25A58") } },
        { "enrolment.level", TestStudents.Create() with { Enrolment = TestStudents.Enrolment(level: 5) } },
        { "enrolment.expectedEndDate", TestStudents.Create() with { Enrolment = TestStudents.Enrolment() with { ExpectedEndDate = new DateOnly(2025, 8, 1) } } },
        { "enrolment", TestStudents.Create() with { Enrolment = null } },
        { "homePostcode", TestStudents.Create() with { HomePostcode = "12345" } },
        { "studentNumber", TestStudents.Create() with { StudentNumber = "" } },
        { "dateOfBirth", TestStudents.Create() with { DateOfBirth = new DateOnly(2024, 1, 1) } },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task Bad_input_is_refused_naming_the_field_and_stores_nothing(string field, CreateStudentRequest request)
    {
        var response = await fixture.Coordinator().PostJsonAsync("/api/students", request);

        await response.AssertFieldErrorAsync(field);
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Students.CountAsync(s => s.LastName == request.LastName && s.StudentNumber == request.StudentNumber)));
    }

    [Theory]
    [InlineData("""{"studentNumber":"X1","firstName":"A","lastName":"B","dateOfBirth":"14-03-2009","cohort":"c"}""", "dateOfBirth")]
    [InlineData("""{"studentNumber":"X1","firstName":"A","lastName":"B","dateOfBirth":"2009-03-14","cohort":"c","enrolment":{"route":3}}""", "enrolment.route")]
    [InlineData("""{"studentNumber":"X1","enrolment":{"level":"two"}}""", "enrolment.level")]
    public async Task Malformed_json_is_refused_naming_the_field(string json, string field)
    {
        var response = await fixture.Coordinator().PostAsync("/api/students", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.AssertFieldErrorAsync(field);
    }

    [Fact]
    public async Task A_student_number_can_be_registered_only_once()
    {
        var request = TestStudents.Create();
        await fixture.Coordinator().CreateStudentAsync(request);

        var again = await fixture.Coordinator().PostJsonAsync("/api/students", request with { FirstName = "Other" });

        await again.AssertConflictAsync("student-number-taken");
    }

    [Fact]
    public async Task Only_coordinators_register_students()
    {
        var request = TestStudents.Create();

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(Guid.NewGuid()).PostJsonAsync("/api/students", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Teacher().PostJsonAsync("/api/students", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer().PostJsonAsync("/api/students", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().PostJsonAsync("/api/students", request)).StatusCode);
    }

    [Fact]
    public async Task Reading_a_student_depends_on_role_and_relationship()
    {
        var mentor = await fixture.NewMentorAsync();
        var student = await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor));
        var url = $"/api/students/{student.Id}";

        Assert.NotNull((await (await fixture.Teacher().GetAsync(url)).ReadAsync<StudentResponse>()).PersonalDetails);
        Assert.NotNull((await (await fixture.Mentor(mentor).GetAsync(url)).ReadAsync<StudentResponse>()).PersonalDetails);
        Assert.NotNull((await (await fixture.Student(student.Id).GetAsync(url)).ReadAsync<StudentResponse>()).PersonalDetails);
        var basic = await (await fixture.Mentor(Guid.NewGuid()).GetAsync(url)).ReadAsync<StudentResponse>();
        Assert.Null(basic.PersonalDetails);
        Assert.Null(basic.EnrolmentHistory);
        Assert.Equal(student.LastName, basic.LastName);

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Student(Guid.NewGuid()).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Operator().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_student_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Coordinator().GetAsync($"/api/students/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await fixture.Coordinator().PutJsonAsync($"/api/students/{Guid.NewGuid()}", TestStudents.Update(TestStudents.Create()))).StatusCode);
    }

    [Fact]
    public async Task Updating_details_publishes_StudentUpdated_and_an_unchanged_update_changes_nothing()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<StudentUpdated>());
        var request = TestStudents.Create();
        var student = await fixture.Coordinator().CreateStudentAsync(request);
        var url = $"/api/students/{student.Id}";

        var updated = await (await fixture.Coordinator().PutJsonAsync(url, TestStudents.Update(request) with { LastName = "de Vries", HomePostcode = "1011ab" }))
            .ReadAsync<StudentResponse>();

        Assert.Equal(2, updated.Version);
        Assert.Equal("1011 AB", updated.PersonalDetails?.HomePostcode);
        var published = await events.WaitForAsync<StudentUpdated>(e => e.StudentId == student.Id);
        Assert.Equal("de Vries", published.LastName);
        Assert.Equal(2, published.Version);

        var unchanged = await (await fixture.Coordinator().PutJsonAsync(url, TestStudents.Update(request) with { LastName = "de Vries", HomePostcode = "1011 AB" }))
            .ReadAsync<StudentResponse>();
        Assert.Equal(2, unchanged.Version);
    }

    [Fact]
    public async Task The_own_mentor_edits_details_and_others_may_not()
    {
        var mentor = await fixture.NewMentorAsync();
        var request = TestStudents.Create(mentor);
        var student = await fixture.Coordinator().CreateStudentAsync(request);
        var url = $"/api/students/{student.Id}";
        var update = TestStudents.Update(request) with { Email = "new@example.nl" };

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(Guid.NewGuid()).PutJsonAsync(url, update)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Teacher().PutJsonAsync(url, update)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Student(student.Id).PutJsonAsync(url, update)).StatusCode);
        var edited = await (await fixture.Mentor(mentor).PutJsonAsync(url, update)).ReadAsync<StudentResponse>();
        Assert.Equal("new@example.nl", edited.PersonalDetails?.Email);
    }

    [Fact]
    public async Task A_bad_update_is_refused_and_keeps_the_stored_data()
    {
        var request = TestStudents.Create();
        var student = await fixture.Coordinator().CreateStudentAsync(request);

        var response = await fixture.Coordinator().PutJsonAsync($"/api/students/{student.Id}", TestStudents.Update(request) with { LastName = "", Email = "x" });

        await response.AssertFieldErrorAsync("lastName");
        var stored = await (await fixture.Coordinator().GetAsync($"/api/students/{student.Id}")).ReadAsync<StudentResponse>();
        Assert.Equal(request.LastName, stored.LastName);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task The_list_filters_and_pages()
    {
        var cohort = $"C-{Guid.NewGuid():N}"[..20];
        var mentorA = await fixture.NewMentorAsync();
        var mentorB = await fixture.NewMentorAsync();
        var coordinator = fixture.Coordinator();
        for (var i = 0; i < 5; i++)
        {
            await coordinator.CreateStudentAsync(TestStudents.Create(i < 3 ? mentorA : mentorB, cohort, lastName: $"Listtest{i}"));
        }

        var carpenter = await coordinator.CreateStudentAsync(TestStudents.Create(mentorB, cohort, lastName: "Timmer") with { });
        await coordinator.PostJsonAsync($"/api/students/{carpenter.Id}/enrolments",
            TestStudents.Enrolment(crebo: "25252") with { StartDate = new DateOnly(2026, 2, 1), ExpectedEndDate = new DateOnly(2028, 2, 1) });

        var all = await (await coordinator.GetAsync($"/api/students?cohort={cohort}")).ReadAsync<PagedList<StudentSummary>>();
        Assert.Equal(6, all.Total);
        Assert.Equal(all.Items.Select(s => s.LastName).Order(StringComparer.Ordinal), all.Items.Select(s => s.LastName));

        var ofMentorA = await (await coordinator.GetAsync($"/api/students?cohort={cohort}&mentor={mentorA}")).ReadAsync<PagedList<StudentSummary>>();
        Assert.Equal(3, ofMentorA.Total);

        var paged = await (await coordinator.GetAsync($"/api/students?cohort={cohort}&page=2&pageSize=4")).ReadAsync<PagedList<StudentSummary>>();
        Assert.Equal(2, paged.Items.Count);
        Assert.Equal(6, paged.Total);

        var byText = await (await fixture.Teacher().GetAsync($"/api/students?cohort={cohort}&text=listtest1")).ReadAsync<PagedList<StudentSummary>>();
        Assert.Equal("Listtest1", Assert.Single(byText.Items).LastName);

        var byCrebo = await (await coordinator.GetAsync($"/api/students?cohort={cohort}&crebo=25252")).ReadAsync<PagedList<StudentSummary>>();
        Assert.Equal(carpenter.Id, Assert.Single(byCrebo.Items).Id);

        var active = await (await coordinator.GetAsync($"/api/students?cohort={cohort}&status=active&intakeComplete=false")).ReadAsync<PagedList<StudentSummary>>();
        Assert.Equal(6, active.Total);
        var withIntake = await (await coordinator.GetAsync($"/api/students?cohort={cohort}&intakeComplete=true")).ReadAsync<PagedList<StudentSummary>>();
        Assert.Equal(0, withIntake.Total);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=999999999&pageSize=500", "page")]
    [InlineData("crebo=abc", "crebo")]
    [InlineData("status=sleeping", "status")]
    [InlineData("mentor=not-a-guid", "mentor")]
    [InlineData("mentorInactive=maybe", "mentorInactive")]
    public async Task Bad_list_parameters_are_refused_naming_the_parameter(string query, string field)
    {
        var response = await fixture.Coordinator().GetAsync($"/api/students?{query}");

        await response.AssertFieldErrorAsync(field);
    }

    [Fact]
    public async Task Students_trainers_and_operators_cannot_list()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Student(Guid.NewGuid()).GetAsync("/api/students")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer().GetAsync("/api/students")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Operator().GetAsync("/api/students")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Care().GetAsync("/api/students")).StatusCode);
        Assert.NotNull(await fixture.Mentor(Guid.NewGuid()).GetFromJsonAsync<PagedList<StudentSummary>>("/api/students", Json.Options));
    }
}
