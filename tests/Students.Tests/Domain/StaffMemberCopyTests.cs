using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;
using Xunit;

namespace PartnershipHub.Students.Tests.Domain;

public sealed class StaffMemberCopyTests
{
    private static readonly Guid StaffId = Guid.NewGuid();

    private static StaffMemberChanged Changed(long version, IReadOnlyList<string> roles, bool active = true, string name = "Mila Mentor") =>
        new(StaffId, Guid.NewGuid(), name, "mila@school.test", roles, active, "nl", DateTimeOffset.UtcNow, version);

    [Fact]
    public void An_active_account_with_the_mentor_role_acts_as_mentor_and_others_do_not()
    {
        Assert.True(StaffMemberCopy.From(Changed(1, ["teacher", "mentor"])).ActsAsMentor);
        Assert.False(StaffMemberCopy.From(Changed(1, ["teacher"])).ActsAsMentor);
        Assert.False(StaffMemberCopy.From(Changed(1, ["mentor"], active: false)).ActsAsMentor);
        Assert.False(StaffMemberCopy.From(Changed(1, [])).ActsAsMentor);
    }

    [Fact]
    public void A_newer_version_replaces_the_copy_and_an_older_or_equal_one_changes_nothing()
    {
        var copy = StaffMemberCopy.From(Changed(3, ["mentor"]));

        Assert.False(copy.Apply(Changed(2, ["teacher"], name: "Older")));
        Assert.False(copy.Apply(Changed(3, [], active: false)));
        Assert.True(copy.ActsAsMentor);
        Assert.Equal("Mila Mentor", copy.DisplayName);

        Assert.True(copy.Apply(Changed(4, ["teacher"], name: "Mila de Mentor")));
        Assert.False(copy.ActsAsMentor);
        Assert.Equal(4, copy.Version);
        Assert.Equal("Mila de Mentor", copy.DisplayName);
    }

    [Fact]
    public void A_demo_placeholder_gives_way_to_identitys_first_event()
    {
        var copy = StaffMemberCopy.DemoMentor(StaffId, "Demo", DateTimeOffset.UtcNow);
        Assert.True(copy.ActsAsMentor);
        Assert.Equal(0, copy.Version);

        Assert.True(copy.Apply(Changed(1, ["mentor"], active: false)));
        Assert.False(copy.ActsAsMentor);
    }

    [Fact]
    public void Roles_are_kept_in_lower_case_once_each()
    {
        var copy = StaffMemberCopy.From(Changed(1, ["Mentor", "teacher", "mentor", " "]));

        Assert.Equal(["mentor", "teacher"], copy.Roles);
        Assert.True(copy.ActsAsMentor);
    }
}
