using System.Security.Claims;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Security;
using Xunit;

namespace PartnershipHub.Students.Tests.Domain;

public sealed class StudentAccessTests
{
    private static readonly Guid StudentId = Guid.NewGuid();
    private static readonly Guid MentorId = Guid.NewGuid();

    private static ClaimsPrincipal User(string role, string? claim = null, Guid? value = null)
    {
        var claims = new List<Claim> { new(ClaimNames.Role, role) };
        if (claim is not null)
        {
            claims.Add(new Claim(claim, value!.Value.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ClaimNames.Name, ClaimNames.Role));
    }

    [Fact]
    public void A_mentor_sees_everything_of_an_own_mentee_and_basic_data_of_others()
    {
        Assert.Equal(StudentView.Full, StudentAccess.View(User(Roles.Mentor, ClaimNames.StaffId, MentorId), StudentId, MentorId));
        Assert.Equal(StudentView.Basic, StudentAccess.View(User(Roles.Mentor, ClaimNames.StaffId, Guid.NewGuid()), StudentId, MentorId));
    }

    [Fact]
    public void A_student_sees_only_their_own_record()
    {
        Assert.Equal(StudentView.Own, StudentAccess.View(User(Roles.Student, ClaimNames.StudentId, StudentId), StudentId, MentorId));
        Assert.Equal(StudentView.None, StudentAccess.View(User(Roles.Student, ClaimNames.StudentId, Guid.NewGuid()), StudentId, MentorId));
    }

    [Fact]
    public void Trainers_and_operators_see_nothing()
    {
        Assert.Equal(StudentView.None, StudentAccess.View(User(Roles.Trainer, ClaimNames.CompanyId, Guid.NewGuid()), StudentId, MentorId));
        Assert.Equal(StudentView.None, StudentAccess.View(User(Roles.Operator), StudentId, MentorId));
        Assert.False(StudentAccess.CanList(User(Roles.Operator)));
    }

    [Fact]
    public void Care_notes_are_for_care_staff_and_the_own_mentor_only()
    {
        Assert.True(StudentAccess.CanUseCareNotes(User(Roles.Care, ClaimNames.StaffId, Guid.NewGuid()), MentorId));
        Assert.True(StudentAccess.CanUseCareNotes(User(Roles.Mentor, ClaimNames.StaffId, MentorId), MentorId));
        Assert.False(StudentAccess.CanUseCareNotes(User(Roles.Mentor, ClaimNames.StaffId, Guid.NewGuid()), MentorId));
        Assert.False(StudentAccess.CanUseCareNotes(User(Roles.Coordinator, ClaimNames.StaffId, Guid.NewGuid()), MentorId));
        Assert.False(StudentAccess.CanUseCareNotes(User(Roles.Student, ClaimNames.StudentId, StudentId), MentorId));
    }

    [Fact]
    public void Only_coordinators_and_the_own_mentor_edit()
    {
        Assert.True(StudentAccess.CanEdit(User(Roles.Coordinator), MentorId));
        Assert.True(StudentAccess.CanEdit(User(Roles.Mentor, ClaimNames.StaffId, MentorId), MentorId));
        Assert.False(StudentAccess.CanEdit(User(Roles.Teacher, ClaimNames.StaffId, Guid.NewGuid()), MentorId));
        Assert.False(StudentAccess.CanEdit(User(Roles.Mentor, ClaimNames.StaffId, MentorId), null));
    }
}
