using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartnershipHub.Identity.Features.Staff;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

public sealed class StaffDirectoryTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private const string Password = "Test!2026password";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Theory]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Care)]
    public async Task School_staff_read_colleagues_names_by_staff_id_and_nothing_about_students(string role)
    {
        var careStaffId = Guid.NewGuid();
        var care = await _oidc.CreateUserAsync(Password, [Roles.Care], u => { u.StaffId = careStaffId; u.DisplayName = "Fatima Yilmaz"; });
        var student = await _oidc.CreateUserAsync(Password, [Roles.Student], u => u.StudentId = Guid.NewGuid());
        var (_, tokens) = await _oidc.SignedInAsync(role, u => u.StaffId = Guid.NewGuid());

        var names = await _oidc.Api(tokens.AccessToken).GetFromJsonAsync<List<StaffName>>($"/api/staff?ids={careStaffId},{student.StudentId},{Guid.NewGuid()}");

        var name = Assert.Single(names!);
        Assert.Equal(new StaffName(careStaffId, "Fatima Yilmaz"), name);
        Assert.NotEqual(care.Id, name.StaffId);
    }

    [Theory]
    [InlineData(Roles.Student)]
    [InlineData(Roles.Trainer)]
    public async Task Students_and_trainers_are_refused_the_directory(string role)
    {
        var (_, tokens) = await _oidc.SignedInAsync(role, u =>
        {
            if (role == Roles.Student) { u.StudentId = Guid.NewGuid(); } else { u.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), 1); }
        });

        Assert.Equal(HttpStatusCode.Forbidden, (await _oidc.Api(tokens.AccessToken).GetAsync($"/api/staff?ids={Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_directory_is_a_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _oidc.Api().GetAsync($"/api/staff?ids={Guid.NewGuid()}")).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?ids=")]
    [InlineData("?ids=b001")]
    public async Task Missing_or_malformed_ids_are_a_400_naming_ids(string query)
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Mentor, u => u.StaffId = Guid.NewGuid());

        var response = await _oidc.Api(tokens.AccessToken).GetAsync($"/api/staff{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("ids", out _));
    }

    [Fact]
    public async Task More_than_a_hundred_ids_at_once_is_a_400()
    {
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Coordinator);
        var ids = string.Join(',', Enumerable.Range(0, StaffApi.MaxIds + 1).Select(_ => Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.BadRequest, (await _oidc.Api(tokens.AccessToken).GetAsync($"/api/staff?ids={ids}")).StatusCode);
    }
}
