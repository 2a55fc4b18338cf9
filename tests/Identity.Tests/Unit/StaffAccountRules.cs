using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Features.Users;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests.Unit;

public sealed class StaffAccountRules
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Details_are_trimmed_and_the_optional_ones_may_be_left_out()
    {
        var details = StaffAccountDetails.Create(" m.jansen@school.nl ", " Marieke Jansen ", [Roles.Mentor], " ", "");

        Assert.Equal(("m.jansen@school.nl", "Marieke Jansen", null, null), (details.Email, details.DisplayName, details.EmployeeNumber, details.Language));
        Assert.Equal("en", StaffAccountDetails.Create("a@school.nl", "A", [Roles.Teacher], "12", "EN").Language);
    }

    [Fact]
    public void Every_bad_field_is_named_at_once()
    {
        var refusal = Assert.Throws<FieldValidationException>(() =>
            StaffAccountDetails.Create("not an address", new string('x', 201), [], "12\u0001", "de"));

        Assert.Equal(["displayName", "email", "employeeNumber", "language", "roles"], refusal.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a@b")]
    [InlineData("o'brien@school.nl")]
    [InlineData("a b@school.nl")]
    [InlineData("a@school.nl\nx")]
    public void An_address_identity_cannot_use_as_a_user_name_is_refused(string email)
    {
        var refusal = Assert.Throws<FieldValidationException>(() => StaffAccountDetails.Create(email, "A", [Roles.Mentor], null, null));

        Assert.Equal(["email"], refusal.Errors.Keys);
    }

    [Fact]
    public void A_staff_account_gets_its_staff_id_from_identity_and_dutch_unless_told()
    {
        var user = ApplicationUser.CreateStaff(StaffAccountDetails.Create("a@school.nl", "A", [Roles.Mentor], "100", null), Now);

        Assert.NotNull(user.StaffId);
        Assert.Equal(("100", Languages.Dutch, 0L), (user.EmployeeNumber, user.Language, user.StaffVersion));
        Assert.Null(user.PasswordHash);
    }

    [Fact]
    public void An_import_row_without_number_or_language_keeps_them()
    {
        var user = ApplicationUser.CreateStaff(StaffAccountDetails.Create("a@school.nl", "A", [Roles.Mentor], "100", "en"), Now);

        Assert.Empty(user.ApplyStaffDetails(StaffAccountDetails.Create("a@school.nl", "A", [Roles.Mentor], null, null)));
        Assert.Equal(["displayName", "language"], user.ApplyStaffDetails(StaffAccountDetails.Create("a@school.nl", "B", [Roles.Mentor], "100", "nl")));
        Assert.Equal(("B", "100", "nl"), (user.DisplayName, user.EmployeeNumber, user.Language));
    }

    [Fact]
    public void Reactivation_undoes_a_deactivation_with_a_new_security_stamp()
    {
        var user = ApplicationUser.Create("a@school.nl", "A", Now);
        user.Deactivate(Now);
        var stamp = user.SecurityStamp;

        user.Reactivate();

        Assert.True(user.IsActive);
        Assert.Null(user.DeactivationReason);
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.Equal(ApplicationUser.NotDeactivatedRule, Assert.Throws<ConflictException>(user.Reactivate).Rule);
    }

    [Fact]
    public void A_trainer_without_a_company_comes_back_through_companies_not_by_reactivation()
    {
        var trainer = ApplicationUser.Create("t@example.nl", "T", Now);
        trainer.Deactivate(Now, ApplicationUser.NoCompanyLeft);

        Assert.Equal(ApplicationUser.NoCompanyLeftRule, Assert.Throws<ConflictException>(trainer.Reactivate).Rule);
        Assert.False(trainer.IsActive);
    }

    [Fact]
    public void The_template_is_a_valid_import_file()
    {
        var rows = StaffCsvFile.Parse(StaffCsvFile.Template);

        Assert.Equal([2, 3], rows.Select(r => r.Line));
        Assert.All(rows, row => Assert.Null(row.Errors));
        Assert.Equal([Roles.Mentor, Roles.Teacher], rows[0].Details!.Roles);
    }

    [Fact]
    public void A_semicolon_header_makes_semicolon_the_delimiter_and_headers_match_loosely()
    {
        var rows = StaffCsvFile.Parse("Display Name;E-mail;ROLES\nJan, de Vries;jan@school.nl;Mentor|teacher\n\n");

        var details = Assert.Single(rows).Details!;
        Assert.Equal(("Jan, de Vries", "jan@school.nl"), (details.DisplayName, details.Email));
        Assert.Equal([Roles.Mentor, Roles.Teacher], details.Roles);
    }
}
