using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnershipHub.Identity.Features.Staff;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>The school contact card: a trainer (or staff) reads name and work e-mail of mentors, teachers and coordinators only.</summary>
public sealed class StaffContactsTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private const string Password = "Test!2026password";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Theory]
    [InlineData(Roles.Trainer)]
    [InlineData(Roles.Coordinator)]
    public async Task Contact_people_come_with_name_and_work_email_and_nobody_else_does(string role)
    {
        var mentorId = Guid.NewGuid();
        var teacherId = Guid.NewGuid();
        var careId = Guid.NewGuid();
        var leftId = Guid.NewGuid();
        var mentor = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => { u.StaffId = mentorId; u.DisplayName = "Anouk de Vries"; });
        var teacher = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => { u.StaffId = teacherId; u.DisplayName = "Bram Visser"; });
        await _oidc.CreateUserAsync(Password, [Roles.Care], u => u.StaffId = careId);
        await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => { u.StaffId = leftId; u.Deactivate(DateTimeOffset.UtcNow); });
        var student = await _oidc.CreateUserAsync(Password, [Roles.Student], u => u.StudentId = Guid.NewGuid());
        var (_, tokens) = await _oidc.SignedInAsync(role, u =>
        {
            if (role == Roles.Trainer) { u.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), 1); } else { u.StaffId = Guid.NewGuid(); }
        });

        var contacts = await _oidc.Api(tokens.AccessToken)
            .GetFromJsonAsync<List<StaffContact>>($"/api/staff/contacts?ids={mentorId},{teacherId},{careId},{leftId},{student.StudentId},{Guid.NewGuid()}");

        Assert.Equal(
            [new StaffContact(mentorId, "Anouk de Vries", mentor.Email!), new StaffContact(teacherId, "Bram Visser", teacher.Email!)],
            contacts);
    }

    [Fact]
    public async Task Students_are_refused_the_contacts()
    {
        var mentorId = Guid.NewGuid();
        await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.StaffId = mentorId);
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Student, u => u.StudentId = Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Forbidden, (await _oidc.Api(tokens.AccessToken).GetAsync($"/api/staff/contacts?ids={mentorId}")).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_contacts_are_a_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _oidc.Api().GetAsync($"/api/staff/contacts?ids={Guid.NewGuid()}")).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?ids=b001")]
    public async Task Missing_or_malformed_ids_are_a_400_naming_ids(string query)
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Trainer, u => u.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), 1));

        var response = await _oidc.Api(tokens.AccessToken).GetAsync($"/api/staff/contacts{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("ids", out _));
    }
}
