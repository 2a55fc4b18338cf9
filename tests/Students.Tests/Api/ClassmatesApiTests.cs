using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Students.Features.Classmates;
using PartnershipHub.Students.Features.Lifecycle;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

public sealed class ClassmatesApiTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    private const string Url = "/api/students/me/classmates";

    private async Task<StudentResponse> CreateAsync(string cohort, string lastName, string firstName = "Sanne") =>
        await fixture.Coordinator().CreateStudentAsync(TestStudents.Create(cohort: cohort, lastName: lastName) with { FirstName = firstName });

    [Fact]
    public async Task A_student_sees_the_active_students_of_their_cohort_by_name_only_sorted_by_last_name()
    {
        var cohort = $"C-{Guid.NewGuid():N}"[..12];
        var me = await CreateAsync(cohort, "Bakker");
        var zwart = await CreateAsync(cohort, "Zwart", "Ali");
        var de = await CreateAsync(cohort, "Dekker", "Noor");
        var left = await CreateAsync(cohort, "Aalders");
        await CreateAsync(cohort + "x", "Andere");
        await (await fixture.Coordinator().PutJsonAsync($"/api/students/{left.Id}/status",
            new ChangeStatusRequest(StudentStatus.LeftEarly, LeavingReason.Work, new DateOnly(2025, 11, 1)))).ReadAsync<StudentResponse>();

        var response = await fixture.Student(me.Id).GetAsync(Url);

        var classmates = await response.ReadAsync<List<Classmate>>();
        Assert.Equal([de.Id, zwart.Id], classmates.Select(c => c.Id));
        Assert.Equal(("Noor", "Dekker"), (classmates[0].FirstName, classmates[0].LastName));
        var json = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("dateOfBirth", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("email", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("studentNumber", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_name_filter_narrows_the_list_and_a_too_long_one_is_refused_naming_the_field()
    {
        var cohort = $"C-{Guid.NewGuid():N}"[..12];
        var me = await CreateAsync(cohort, "Bakker");
        var noor = await CreateAsync(cohort, "Dekker", "Noor");
        await CreateAsync(cohort, "Zwart", "Ali");

        var found = await (await fixture.Student(me.Id).GetAsync($"{Url}?text=noo")).ReadAsync<List<Classmate>>();

        Assert.Equal(noor.Id, Assert.Single(found).Id);
        await (await fixture.Student(me.Id).GetAsync($"{Url}?text={new string('a', 101)}")).AssertFieldErrorAsync("text");
    }

    [Fact]
    public async Task Staff_and_trainers_are_refused_and_an_unknown_student_gets_404()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Coordinator().GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(Guid.NewGuid()).GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer().GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Student(Guid.NewGuid()).GetAsync(Url)).StatusCode);
    }
}
