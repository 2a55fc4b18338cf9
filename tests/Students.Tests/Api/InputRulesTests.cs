using System.Text;
using PartnershipHub.Students.Features.Intakes;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

/// <summary>Input that only Students can judge: nonsense answers 400 naming the field and stores nothing.</summary>
public sealed class InputRulesTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<(StudentResponse Student, HttpClient Mentor)> StudentAsync()
    {
        var mentor = await fixture.NewMentorAsync();
        return (await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(mentor)), fixture.Mentor(mentor));
    }

    private async Task AssertNoIntakeAsync(HttpClient mentor, Guid student)
    {
        var intake = await (await mentor.GetAsync($"/api/students/{student}/intake")).ReadAsync<IntakeResponse>();
        Assert.NotEqual("complete", intake.Status);
        Assert.Empty(intake.Preferences.Sectors ?? []);
        Assert.Empty(intake.Participants);
    }

    [Theory]
    [InlineData("""{ "participants": ["student", null] }""", "participants[1]")]
    [InlineData("""{ "preferences": { "sectors": ["retail", null] } }""", "preferences.sectors[1]")]
    [InlineData("""{ "preferences": { "sectors": ["retail", "  "] } }""", "preferences.sectors[1]")]
    [InlineData("""{ "preferences": { "avoidCompanies": [null] } }""", "preferences.avoidCompanies[0]")]
    [InlineData("""{ "talentScan": { "strengths": [{ "name": "x" }, null] } }""", "talentScan.strengths[1]")]
    [InlineData("""{ "talentScan": { "developmentPoints": [null] } }""", "talentScan.developmentPoints[0]")]
    public async Task A_null_in_any_intake_list_is_refused_by_its_index(string body, string field)
    {
        var (student, mentor) = await StudentAsync();

        await (await mentor.PutAsync($"/api/students/{student.Id}/intake", Json(body))).AssertFieldErrorAsync(field);

        await AssertNoIntakeAsync(mentor, student.Id);
    }

    [Fact]
    public async Task An_intake_long_before_the_programme_is_refused()
    {
        var (student, mentor) = await StudentAsync();
        var intake = TestStudents.Intake() with { IntakeDate = new DateOnly(2001, 1, 1) };

        await (await mentor.PutJsonAsync($"/api/students/{student.Id}/intake", intake)).AssertFieldErrorAsync("intakeDate");

        await AssertNoIntakeAsync(mentor, student.Id);
    }

    [Fact]
    public async Task A_programme_of_decades_is_refused()
    {
        var request = TestStudents.Create() with { Enrolment = TestStudents.Enrolment() with { ExpectedEndDate = new DateOnly(2090, 7, 1) } };

        await (await fixture.Coordinator().PostJsonAsync("/api/students", request)).AssertFieldErrorAsync("enrolment.expectedEndDate");
    }

    [Theory]
    [InlineData("""{ "status": 9, "effectiveOn": "2026-01-01" }""", "status")]
    [InlineData("""{ "status": "leftEarly", "reason": 99, "effectiveOn": "2026-01-01" }""", "reason")]
    public async Task Enum_values_given_as_numbers_are_refused(string body, string field)
    {
        var (student, _) = await StudentAsync();

        await (await fixture.Coordinator().PutAsync($"/api/students/{student.Id}/status", Json(body))).AssertFieldErrorAsync(field);
    }
}
