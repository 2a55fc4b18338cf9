namespace PartnershipHub.Portal.Api;

/// <summary>The coordinator's filters on the students list; each is sent only when set, and Students filters in the database.</summary>
public sealed record StudentListFilter(string? Text = null, string? Crebo = null, string? Cohort = null, string? Status = null, Guid? Mentor = null);

/// <summary>Students' <c>GET /api/students</c> page: the rows and the total the filters match.</summary>
public sealed record StudentPage(IReadOnlyList<StudentRow> Items, int Page, int PageSize, int Total);

public sealed record StudentRow(
    Guid Id, string StudentNumber, string FirstName, string LastName, string Cohort, string Status,
    string? Crebo, string? QualificationName, int? Level, Guid? MentorStaffId, bool IntakeComplete, bool MentorActive)
{
    public string Name => $"{FirstName} {LastName}";
}

/// <summary>One student as a coordinator sees it (<c>GET /api/students/{id}</c>, full view).</summary>
public sealed record StudentRecord(
    Guid Id, string StudentNumber, string FirstName, string LastName, string Cohort, string Status, string? LeavingReason, DateOnly StatusDate,
    StudentEnrolmentRecord CurrentEnrolment, Guid? MentorStaffId, bool IntakeComplete, StudentPersonalDetails? PersonalDetails, bool MentorActive)
{
    public string Name => $"{FirstName} {LastName}";
}

public sealed record StudentEnrolmentRecord(
    string Crebo, string QualificationName, int Level, string Route, DateOnly StartDate, DateOnly ExpectedEndDate, string? Team);

public sealed record StudentPersonalDetails(DateOnly DateOfBirth, bool IsMinor, string? Email, string? Phone, string? HomePostcode);

/// <summary>An active mentor from Identity's staff (as Students knows them) and their caseload, to pick one.</summary>
public sealed record MentorChoice(Guid StaffId, string DisplayName, int Students);

public sealed record MentorPage(IReadOnlyList<MentorChoice> Items, int Total);

public sealed record EnrolmentBody(
    string? Crebo, string? QualificationName, int? Level, string? Route, DateOnly? StartDate, DateOnly? ExpectedEndDate, string? Team);

public sealed record CreateStudentBody(
    string? StudentNumber, string? FirstName, string? LastName, DateOnly? DateOfBirth, string? Email, string? Phone, string? HomePostcode,
    string? Cohort, EnrolmentBody Enrolment, Guid? MentorStaffId);

public sealed record UpdateStudentBody(
    string? StudentNumber, string? FirstName, string? LastName, DateOnly? DateOfBirth, string? Email, string? Phone, string? HomePostcode, string? Cohort);

public sealed record AssignMentorBody(Guid? MentorStaffId);

public sealed record ChangeStatusBody(string? Status, string? Reason, DateOnly? EffectiveOn);
