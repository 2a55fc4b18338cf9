using System.Net.Http.Json;
using PartnershipHub.Identity.Features.Staff;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>The trainer's school contact card offers the contact's work phone when the account has one.</summary>
public sealed class StaffContactPhoneTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private const string Password = "Test!2026password";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task A_contact_with_a_work_phone_comes_with_it_and_one_without_has_none()
    {
        var teacherId = Guid.NewGuid();
        var mentorId = Guid.NewGuid();
        var teacher = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => { u.StaffId = teacherId; u.DisplayName = "Bram Visser"; u.PhoneNumber = "030 123 4502"; });
        var mentor = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => { u.StaffId = mentorId; u.DisplayName = "Anouk de Vries"; });
        var (_, tokens) = await _oidc.SignedInAsync(Roles.Trainer, u => u.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), 1));

        var contacts = await _oidc.Api(tokens.AccessToken).GetFromJsonAsync<List<StaffContact>>($"/api/staff/contacts?ids={teacherId},{mentorId}");

        Assert.Equal(
            [new StaffContact(mentorId, "Anouk de Vries", mentor.Email!), new StaffContact(teacherId, "Bram Visser", teacher.Email!, "030 123 4502")],
            contacts);
    }
}
