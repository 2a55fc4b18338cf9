using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.Identity.Features.Users;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>
/// <c>PUT /api/users/{id}/roles</c> follows <see cref="RoleGrantRules"/>: care and operator only by an operator, staff roles
/// only on a staff account, and a staff id is never chosen by the caller. A refused change stores and audits nothing.
/// </summary>
public sealed class RoleChangeTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private const string Password = "Test!2026password";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Coordinator_cannot_make_a_staff_member_a_care_worker()
    {
        var teacher = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = Guid.NewGuid());
        var api = await AsAsync(Roles.Coordinator);

        var response = await api.PutAsJsonAsync($"/api/users/{teacher.Id}/roles", new AssignRolesRequest([Roles.Teacher, Roles.Care], null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertUnchangedAsync(teacher.Id, [Roles.Teacher], teacher.StaffId);
    }

    [Fact]
    public async Task Coordinator_cannot_make_a_student_account_a_care_worker_with_an_invented_staff_id()
    {
        var student = await _oidc.CreateUserAsync(Password, [Roles.Student], u => u.StudentId = Guid.NewGuid());
        var invented = Guid.NewGuid();
        var api = await AsAsync(Roles.Coordinator);

        var response = await api.PutAsJsonAsync($"/api/users/{student.Id}/roles", new AssignRolesRequest([Roles.Care], invented));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertUnchangedAsync(student.Id, [Roles.Student], null);
        Assert.False(await fixture.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Detail != null && e.Detail.Contains(invented.ToString()))));
    }

    [Theory]
    [InlineData(Roles.Coordinator, Roles.Mentor)]
    [InlineData(Roles.Operator, Roles.Care)]
    [InlineData(Roles.Operator, Roles.Operator)]
    public async Task A_student_account_never_becomes_a_staff_account(string actor, string role)
    {
        var student = await _oidc.CreateUserAsync(Password, [Roles.Student], u => u.StudentId = Guid.NewGuid());
        var api = await AsAsync(actor);

        var withoutId = await api.PutAsJsonAsync($"/api/users/{student.Id}/roles", new AssignRolesRequest([role], null));
        var withInventedId = await api.PutAsJsonAsync($"/api/users/{student.Id}/roles", new AssignRolesRequest([Roles.Student, role], Guid.NewGuid()));

        Assert.Equal("roles", await RefusedFieldAsync(withoutId));
        Assert.Equal(HttpStatusCode.BadRequest, withInventedId.StatusCode);
        await AssertUnchangedAsync(student.Id, [Roles.Student], null);
    }

    [Fact]
    public async Task A_trainer_account_never_becomes_a_staff_account()
    {
        var trainer = await _oidc.CreateUserAsync(Password, [Roles.Trainer], u => u.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), 1));
        var api = await AsAsync(Roles.Operator);

        var response = await api.PutAsJsonAsync($"/api/users/{trainer.Id}/roles", new AssignRolesRequest([Roles.Trainer, Roles.Mentor], Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertUnchangedAsync(trainer.Id, [Roles.Trainer], null);
    }

    [Fact]
    public async Task An_invented_staff_id_is_refused_and_neither_stored_nor_audited()
    {
        var account = await _oidc.CreateUserAsync(Password, []);
        var invented = Guid.NewGuid();
        var api = await AsAsync(Roles.Operator);

        var response = await api.PutAsJsonAsync($"/api/users/{account.Id}/roles", new AssignRolesRequest([Roles.Care], invented));

        Assert.Equal("staffId", await RefusedFieldAsync(response));
        await AssertUnchangedAsync(account.Id, [], null);
        Assert.False(await fixture.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Detail != null && e.Detail.Contains(invented.ToString()))));
    }

    [Fact]
    public async Task A_staff_id_of_another_account_is_a_409_naming_it()
    {
        var owner = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.StaffId = Guid.NewGuid());
        var teacher = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = Guid.NewGuid());
        var newcomer = await _oidc.CreateUserAsync(Password, []);
        var api = await AsAsync(Roles.Operator);

        var onStaff = await api.PutAsJsonAsync($"/api/users/{teacher.Id}/roles", new AssignRolesRequest([Roles.Teacher], owner.StaffId));
        var onNewcomer = await api.PutAsJsonAsync($"/api/users/{newcomer.Id}/roles", new AssignRolesRequest([Roles.Mentor], owner.StaffId));

        foreach (var response in new[] { onStaff, onNewcomer })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
            Assert.Contains(owner.StaffId.ToString()!, problem!.Detail, StringComparison.Ordinal);
        }

        await AssertUnchangedAsync(teacher.Id, [Roles.Teacher], teacher.StaffId);
        await AssertUnchangedAsync(newcomer.Id, [], null);
    }

    [Theory]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.Coordinator)]
    public async Task Coordinator_grants_mentor_teacher_and_coordinator_to_a_staff_account_keeping_its_staff_id(string role)
    {
        var staffId = Guid.NewGuid();
        var teacher = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = staffId);
        var api = await AsAsync(Roles.Coordinator);

        var response = await api.PutAsJsonAsync($"/api/users/{teacher.Id}/roles", new AssignRolesRequest([Roles.Teacher, role], staffId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<UserSummary>();
        Assert.Equal(new[] { Roles.Teacher, role }.Distinct().Order(), summary!.Roles.Order());
        Assert.Equal(staffId, summary.StaffId);
    }

    [Fact]
    public async Task Operator_makes_a_staff_member_a_care_worker_under_their_own_staff_id()
    {
        var staffId = Guid.NewGuid();
        var mentor = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.StaffId = staffId);
        var api = await AsAsync(Roles.Operator);

        var response = await api.PutAsJsonAsync($"/api/users/{mentor.Id}/roles", new AssignRolesRequest([Roles.Care], null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fresh = await _oidc.SignInWithCodeFlowAsync(mentor.Email!, Password);
        Assert.Equal(staffId.ToString(), fresh.Jwt.Claims.Single(c => c.Type == ClaimNames.StaffId).Value);
        Assert.Equal([Roles.Care], fresh.Jwt.Claims.Where(c => c.Type == ClaimNames.Role).Select(c => c.Value));
    }

    [Fact]
    public async Task Coordinator_cannot_take_the_care_role_away_or_deactivate_a_care_worker()
    {
        var care = await _oidc.CreateUserAsync(Password, [Roles.Care], u => u.StaffId = Guid.NewGuid());
        var api = await AsAsync(Roles.Coordinator);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync($"/api/users/{care.Id}/roles", new AssignRolesRequest([Roles.Mentor], null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsync($"/api/users/{care.Id}/deactivate", null)).StatusCode);
        await AssertUnchangedAsync(care.Id, [Roles.Care], care.StaffId);
        Assert.True(await fixture.InDatabaseAsync(db => db.Users.Where(u => u.Id == care.Id).Select(u => u.DeactivatedAt == null).SingleAsync()));
    }

    private async Task<HttpClient> AsAsync(string role)
    {
        var (_, tokens) = await _oidc.SignedInAsync(role, u => u.StaffId = Guid.NewGuid());
        return _oidc.Api(tokens.AccessToken);
    }

    private static async Task<string> RefusedFieldAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return Assert.Single((await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    private async Task AssertUnchangedAsync(Guid userId, string[] roles, Guid? staffId)
    {
        var (stored, storedRoles, audited) = await fixture.InDatabaseAsync(async db =>
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
            var names = await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
            var changed = await db.AuditEntries.AnyAsync(e => e.UserId == userId && e.Event == AuditEvents.RolesChanged);
            return (user, names, changed);
        });
        Assert.Equal(roles.Order(), storedRoles.Order());
        Assert.Equal(staffId, stored.StaffId);
        Assert.False(audited);
    }
}
