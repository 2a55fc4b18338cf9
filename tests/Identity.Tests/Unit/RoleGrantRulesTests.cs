using PartnershipHub.Identity.Domain;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests.Unit;

public sealed class RoleGrantRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Roles.Coordinator, Roles.Mentor, true)]
    [InlineData(Roles.Coordinator, Roles.Teacher, true)]
    [InlineData(Roles.Coordinator, Roles.Coordinator, true)]
    [InlineData(Roles.Coordinator, Roles.Student, true)]
    [InlineData(Roles.Coordinator, Roles.Trainer, true)]
    [InlineData(Roles.Coordinator, Roles.Care, false)]
    [InlineData(Roles.Coordinator, Roles.Operator, false)]
    [InlineData(Roles.Operator, Roles.Care, true)]
    [InlineData(Roles.Operator, Roles.Operator, true)]
    [InlineData(Roles.Mentor, Roles.Mentor, false)]
    [InlineData(Roles.Care, Roles.Care, false)]
    [InlineData(Roles.Student, Roles.Student, false)]
    public void Who_may_grant_which_role(string actor, string role, bool allowed)
    {
        Assert.Equal(allowed, RoleGrantRules.MayGrant([actor], role));
    }

    [Fact]
    public void Every_role_has_exactly_one_rule()
    {
        Assert.Equal(Roles.All.Order(), RoleGrantRules.Table.Select(rule => rule.Role).Order());
    }

    [Theory]
    [InlineData(new[] { Roles.Care }, new[] { Roles.Care, Roles.Mentor })]
    [InlineData(new[] { Roles.Care, Roles.Mentor }, new[] { Roles.Care })]
    [InlineData(new[] { Roles.Teacher }, new[] { Roles.Care })]
    [InlineData(new[] { Roles.Care }, new string[0])]
    public void A_coordinator_changes_nothing_on_an_account_with_a_role_only_an_operator_grants(string[] current, string[] wanted)
    {
        Assert.False(RoleGrantRules.MayChange([Roles.Coordinator], current, wanted));
        Assert.True(RoleGrantRules.MayChange([Roles.Operator], current, wanted));
        Assert.False(RoleGrantRules.MayDeactivate([Roles.Coordinator], [Roles.Care]));
        Assert.True(RoleGrantRules.MayDeactivate([Roles.Coordinator], [Roles.Mentor, Roles.Teacher]));
    }

    [Theory]
    [InlineData(Roles.Mentor)]
    [InlineData(Roles.Care)]
    [InlineData(Roles.Operator)]
    [InlineData(Roles.Coordinator)]
    public void A_student_or_trainer_account_cannot_get_a_staff_role(string role)
    {
        var student = ApplicationUser.Create("s@example.nl", "S", Now);
        student.StudentId = Guid.NewGuid();
        var trainer = ApplicationUser.Create("t@example.nl", "T", Now);
        trainer.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), 1);

        Assert.Contains("roles", Assert.Throws<FieldValidationException>(() => RoleGrantRules.Validate([role], student, null)).Errors.Keys);
        Assert.Contains("roles", Assert.Throws<FieldValidationException>(() => RoleGrantRules.Validate([role], trainer, null)).Errors.Keys);
        Assert.Throws<FieldValidationException>(() => RoleGrantRules.Validate([role], student, Guid.NewGuid()));
    }

    [Fact]
    public void A_staff_member_who_is_also_a_trainer_keeps_their_staff_roles()
    {
        var teacher = ApplicationUser.Create("t@example.nl", "T", Now);
        teacher.StaffId = Guid.NewGuid();
        teacher.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), 1);

        Assert.Equal([Roles.Teacher, Roles.Trainer], RoleGrantRules.Validate([Roles.Teacher, Roles.Trainer], teacher, teacher.StaffId));
    }

    [Fact]
    public void Student_and_trainer_roles_follow_the_accounts_link()
    {
        var staff = ApplicationUser.Create("m@example.nl", "M", Now);
        staff.StaffId = Guid.NewGuid();

        Assert.Contains("roles", Assert.Throws<FieldValidationException>(() => RoleGrantRules.Validate([Roles.Student], staff, null)).Errors.Keys);
        Assert.Contains("roles", Assert.Throws<FieldValidationException>(() => RoleGrantRules.Validate([Roles.Trainer], staff, null)).Errors.Keys);
    }

    [Fact]
    public void Staff_roles_are_the_roles_a_staff_account_holds()
    {
        Assert.Equal(Roles.Staff.Order(), RoleGrantRules.StaffRoles.Order());
    }

    [Theory]
    [InlineData(new[] { Roles.Mentor }, new[] { Roles.Mentor })]
    [InlineData(new[] { Roles.Teacher, Roles.Mentor, Roles.Teacher }, new[] { Roles.Teacher, Roles.Mentor })]
    [InlineData(new[] { Roles.Care, Roles.Operator }, new[] { Roles.Care, Roles.Operator })]
    public void A_new_staff_account_takes_staff_roles_once_each(string[] requested, string[] expected)
    {
        Assert.Equal(expected, RoleGrantRules.ParseStaffRoles(requested));
    }

    [Theory]
    [InlineData("")]
    [InlineData("student")]
    [InlineData("mentor|trainer")]
    [InlineData("king")]
    public void A_new_staff_account_refuses_no_roles_and_roles_that_are_not_staff(string requested)
    {
        var refusal = Assert.Throws<FieldValidationException>(() => RoleGrantRules.ParseStaffRoles(requested.Split('|', StringSplitOptions.RemoveEmptyEntries)));

        Assert.Equal(["roles"], refusal.Errors.Keys);
        Assert.Equal(["roles"], Assert.Throws<FieldValidationException>(() => RoleGrantRules.ParseStaffRoles(null)).Errors.Keys);
    }

    [Theory]
    [InlineData(Roles.Coordinator, new[] { Roles.Mentor, Roles.Teacher }, true)]
    [InlineData(Roles.Coordinator, new[] { Roles.Care }, false)]
    [InlineData(Roles.Coordinator, new[] { Roles.Operator }, false)]
    [InlineData(Roles.Operator, new[] { Roles.Care, Roles.Operator }, true)]
    [InlineData(Roles.Mentor, new[] { Roles.Mentor }, false)]
    public void Reactivating_needs_the_right_to_every_role_the_account_has(string actor, string[] current, bool allowed)
    {
        Assert.Equal(allowed, RoleGrantRules.MayReactivate([actor], current));
    }
}
