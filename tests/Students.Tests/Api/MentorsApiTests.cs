using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Features.Lifecycle;
using PartnershipHub.Students.Features.Mentors;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Api;

/// <summary>GET /api/mentors: the active mentors to pick from, with how many students each guides now.</summary>
public sealed class MentorsApiTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    [Fact]
    public async Task The_list_shows_active_mentors_only_by_name_with_their_current_students_and_pages()
    {
        var tag = $"Pick{Guid.NewGuid():N}"[..12];
        var anna = await fixture.NewMentorAsync($"{tag} Anna");
        var bas = await fixture.NewMentorAsync($"{tag} Bas");
        var cor = await fixture.NewMentorAsync($"{tag} Cor");
        var gone = await fixture.NewMentorAsync($"{tag} Gone");
        await fixture.StoreStaffMemberAsync(TestMentors.Changed(gone, 2, $"{tag} Gone", active: false));
        var teacher = Guid.NewGuid();
        await fixture.StoreStaffMemberAsync(TestMentors.Changed(teacher, 1, $"{tag} Teacher", roles: [Roles.Teacher]));
        var coordinator = fixture.Coordinator();
        await coordinator.CreateStudentAsync(TestStudents.Create(anna));
        await coordinator.CreateStudentAsync(TestStudents.Create(anna));
        var graduate = await coordinator.CreateStudentAsync(TestStudents.Create(anna));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutJsonAsync(
            $"/api/students/{graduate.Id}/status", new ChangeStatusRequest(StudentStatus.Graduated, null, new DateOnly(2026, 7, 1)))).StatusCode);
        await coordinator.CreateStudentAsync(TestStudents.Create(cor));

        var first = await (await coordinator.GetAsync($"/api/mentors?search={tag}&pageSize=2")).ReadAsync<PagedList<MentorSummary>>();
        var second = await (await fixture.Mentor(bas).GetAsync($"/api/mentors?search={tag.ToLowerInvariant()}&page=2&pageSize=2")).ReadAsync<PagedList<MentorSummary>>();

        Assert.Equal(3, first.Total);
        Assert.Equal([new MentorSummary(anna, $"{tag} Anna", 2), new MentorSummary(bas, $"{tag} Bas", 0)], first.Items);
        Assert.Equal([new MentorSummary(cor, $"{tag} Cor", 1)], second.Items);
        Assert.Equal(3, second.Total);
        var one = await (await fixture.Teacher().GetAsync($"/api/mentors?search={tag} c")).ReadAsync<PagedList<MentorSummary>>();
        Assert.Equal(cor, Assert.Single(one.Items).StaffId);
    }

    [Fact]
    public async Task Coordinators_mentors_teachers_and_care_read_the_list_and_students_trainers_and_operators_do_not()
    {
        Assert.Equal(HttpStatusCode.OK, (await fixture.Coordinator().GetAsync("/api/mentors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Mentor(Guid.NewGuid()).GetAsync("/api/mentors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Teacher().GetAsync("/api/mentors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Care().GetAsync("/api/mentors")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Student(Guid.NewGuid()).GetAsync("/api/mentors")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer().GetAsync("/api/mentors")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Operator().GetAsync("/api/mentors")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().GetAsync("/api/mentors")).StatusCode);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task Bad_query_parameters_are_refused_naming_the_parameter(string query, string field)
    {
        await (await fixture.Coordinator().GetAsync($"/api/mentors?{query}")).AssertFieldErrorAsync(field);
    }

    [Fact]
    public async Task A_search_longer_than_100_characters_is_refused()
    {
        await (await fixture.Coordinator().GetAsync($"/api/mentors?search={new string('a', 101)}")).AssertFieldErrorAsync("search");
    }
}
