namespace PartnershipHub.Portal.Api;

/// <summary>The coordinator's student administration: the paged list, enrol one, edit, mentor, status, cancel.</summary>
public sealed partial class StudentsApi
{
    public Task<ApiResult<StudentPage>> SearchAsync(StudentListFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = $"/api/students?page={page}&pageSize={pageSize}";
        query += Parameter("text", filter.Text) + Parameter("crebo", filter.Crebo) + Parameter("cohort", filter.Cohort) + Parameter("status", filter.Status);
        if (filter.Mentor is { } mentor)
        {
            query += $"&mentor={mentor}";
        }

        return GetAsync<StudentPage>(query, cancellationToken);
    }

    public Task<ApiResult<StudentRecord>> RecordAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<StudentRecord>($"/api/students/{id}", cancellationToken);

    public Task<ApiResult<StudentRecord>> EnrolAsync(CreateStudentBody body, CancellationToken cancellationToken = default) =>
        PostAsync<StudentRecord>("/api/students", body, cancellationToken);

    public Task<ApiResult<StudentRecord>> UpdateDetailsAsync(Guid id, UpdateStudentBody body, CancellationToken cancellationToken = default) =>
        PutAsync<StudentRecord>($"/api/students/{id}", body, cancellationToken);

    public Task<ApiResult<StudentRecord>> AssignMentorAsync(Guid id, Guid? mentorStaffId, CancellationToken cancellationToken = default) =>
        PutAsync<StudentRecord>($"/api/students/{id}/mentor", new AssignMentorBody(mentorStaffId), cancellationToken);

    public Task<ApiResult<StudentRecord>> ChangeStatusAsync(Guid id, ChangeStatusBody body, CancellationToken cancellationToken = default) =>
        PutAsync<StudentRecord>($"/api/students/{id}/status", body, cancellationToken);

    /// <summary>Removes an enrolment made in error; Students answers 409 with a <c>cancel-…</c> rule when something hangs on it.</summary>
    public Task<ApiResult<NoContent>> CancelEnrolmentAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<NoContent>($"/api/students/{id}/cancellation", null, cancellationToken);

    /// <summary>Active mentors (Identity's staff with the mentor role), by name, with their caseload.</summary>
    public Task<ApiResult<MentorPage>> MentorsAsync(string? search = null, int pageSize = 200, CancellationToken cancellationToken = default) =>
        GetAsync<MentorPage>($"/api/mentors?pageSize={pageSize}" + Parameter("search", search), cancellationToken);

    private static string Parameter(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? "" : $"&{name}={Uri.EscapeDataString(value.Trim())}";
}
