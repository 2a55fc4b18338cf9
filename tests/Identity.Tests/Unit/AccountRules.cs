using PartnershipHub.Identity.Features.Account;
using PartnershipHub.Identity.Domain;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests.Unit;

public sealed class AccountRules
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Api_scopes_map_to_the_audiences_the_apis_validate()
    {
        Assert.Equal(["students-api", "identity-api"], ApiScopes.AudiencesFor(["openid", "students", "identity", "students"]));
        Assert.Empty(ApiScopes.AudiencesFor(["openid", "profile"]));
    }

    [Fact]
    public void Trainer_at_two_companies_has_both_until_one_ends()
    {
        var user = ApplicationUser.Create("t@example.nl", "T", Now);
        var (trainerA, companyA, trainerB, companyB) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        user.LinkTrainer(trainerA, companyA, version: 1);
        user.LinkTrainer(trainerB, companyB, version: 1);

        var stillTrains = user.UnlinkTrainer(trainerA, companyA, version: 2);

        Assert.True(stillTrains);
        Assert.Equal([companyB], user.ActiveCompanyIds);
        Assert.False(user.UnlinkTrainer(trainerB, companyB, version: 2));
    }

    [Fact]
    public void An_older_event_does_not_undo_a_newer_one()
    {
        var user = ApplicationUser.Create("t@example.nl", "T", Now);
        var (trainer, company) = (Guid.NewGuid(), Guid.NewGuid());
        user.LinkTrainer(trainer, company, version: 1);
        user.UnlinkTrainer(trainer, company, version: 3);

        user.LinkTrainer(trainer, company, version: 2);

        Assert.Empty(user.ActiveCompanyIds);
    }

    [Fact]
    public void Trainer_deactivated_for_having_no_company_comes_back_with_a_new_one_but_not_one_an_operator_stopped()
    {
        var leftCompany = ApplicationUser.Create("t@example.nl", "T", Now);
        leftCompany.Deactivate(Now, ApplicationUser.NoCompanyLeft);
        var stoppedByOperator = ApplicationUser.Create("u@example.nl", "U", Now);
        stoppedByOperator.Deactivate(Now, "by administrator");

        leftCompany.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), version: 1);
        stoppedByOperator.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), version: 1);

        Assert.True(leftCompany.IsActive);
        Assert.False(stoppedByOperator.IsActive);
    }

    [Fact]
    public void Deactivating_twice_is_a_conflict_and_changes_the_security_stamp_once()
    {
        var user = ApplicationUser.Create("t@example.nl", "T", Now);
        var stamp = user.SecurityStamp;

        user.Deactivate(Now);

        Assert.False(user.IsActive);
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.Throws<InvalidOperationException>(() => user.Deactivate(Now));
    }

    [Fact]
    public void Staff_roles_need_a_staff_id()
    {
        var user = ApplicationUser.Create("m@example.nl", "M", Now);

        var error = Assert.Throws<FieldValidationException>(() => RoleGrantRules.Validate([Roles.Mentor], user, staffId: null));

        Assert.Contains("staffId", error.Errors.Keys);
        // The staff id is the account's own (issued with the staff account), never one the caller makes up.
        Assert.Contains("staffId", Assert.Throws<FieldValidationException>(() => RoleGrantRules.Validate([Roles.Mentor], user, Guid.NewGuid())).Errors.Keys);
        user.StaffId = Guid.NewGuid();
        Assert.Equal([Roles.Mentor], RoleGrantRules.Validate([Roles.Mentor, Roles.Mentor], user, user.StaffId));
        Assert.Equal([Roles.Mentor], RoleGrantRules.Validate([Roles.Mentor], user, staffId: null));
    }

    [Fact]
    public void Unknown_roles_are_named_in_the_error()
    {
        var user = ApplicationUser.Create("m@example.nl", "M", Now);

        var error = Assert.Throws<FieldValidationException>(() => RoleGrantRules.Validate(["admin"], user, null));

        Assert.Contains("admin", error.Errors["roles"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, new[] { Roles.Teacher }, new[] { Roles.Mentor }, true)]
    [InlineData(false, new[] { Roles.Teacher }, new[] { Roles.Operator }, false)]
    [InlineData(false, new[] { Roles.Operator }, new string[0], false)]
    [InlineData(true, new[] { Roles.Operator }, new string[0], true)]
    public void Only_an_operator_touches_the_operator_role(bool actorIsOperator, string[] current, string[] wanted, bool allowed)
    {
        Assert.Equal(allowed, RoleGrantRules.MayChange(actorIsOperator ? [Roles.Operator] : [Roles.Coordinator], current, wanted));
    }

    [Theory]
    [InlineData("/connect/authorize?client_id=portal", "/connect/authorize?client_id=portal")]
    [InlineData("https://evil.example/", "/account/")]
    [InlineData("//evil.example/", "/account/")]
    [InlineData("/\\evil.example/", "/account/")]
    [InlineData("/\t/evil.example/", "/account/")]
    [InlineData("/%09/evil.example/", "/account/")]
    [InlineData("/%5Cevil.example/", "/account/")]
    [InlineData("/\r\n/evil.example/", "/account/")]
    [InlineData("/connect/authorize?state=a%09b", "/connect/authorize?state=a%09b")]
    [InlineData(null, "/account/")]
    public void Return_urls_stay_on_this_server(string? returnUrl, string expected)
    {
        Assert.Equal(expected, AccountApi.LocalOrDefault(returnUrl));
    }
}
