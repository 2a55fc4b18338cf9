using System.Net.Http.Headers;
using PartnershipHub.Portal.Auth;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Api;

public sealed partial class GuidanceApi(IHttpClientFactory httpClients, UserTokens tokens) : ApiClient(httpClients, tokens, ResourceNames.Guidance)
{
    public Task<ApiResult<Framework>> CurrentFrameworkAsync(string? crebo, CancellationToken cancellationToken = default) =>
        GetAsync<Framework>(string.IsNullOrEmpty(crebo) ? "/api/frameworks/current" : $"/api/frameworks/current?crebo={Uri.EscapeDataString(crebo)}", cancellationToken);

    public Task<ApiResult<List<Assessment>>> AssessmentsAsync(Guid studentId, CancellationToken cancellationToken = default) =>
        GetAsync<List<Assessment>>($"/api/students/{studentId}/assessments", cancellationToken);

    public Task<ApiResult<Assessment>> StartAssessmentAsync(Guid studentId, StartAssessmentRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<Assessment>($"/api/students/{studentId}/assessments", request, cancellationToken);

    public Task<ApiResult<Assessment>> UpdateAssessmentAsync(Guid assessmentId, UpdateAssessmentRequest request, CancellationToken cancellationToken = default) =>
        PutAsync<Assessment>($"/api/assessments/{assessmentId}", request, cancellationToken);

    public Task<ApiResult<Assessment>> SubmitAssessmentAsync(Guid assessmentId, CancellationToken cancellationToken = default) =>
        PostAsync<Assessment>($"/api/assessments/{assessmentId}/submit", new { }, cancellationToken);

    public Task<ApiResult<List<CaseloadLine>>> CaseloadAsync(CancellationToken cancellationToken = default) =>
        GetAsync<List<CaseloadLine>>("/api/mentors/me/students", cancellationToken);

    public Task<ApiResult<StudentProgress>> ProgressAsync(Guid studentId, CancellationToken cancellationToken = default) =>
        GetAsync<StudentProgress>($"/api/students/{studentId}/progress", cancellationToken);

    public Task<ApiResult<Plan>> PlanAsync(Guid studentId, CancellationToken cancellationToken = default) =>
        GetAsync<Plan>($"/api/students/{studentId}/plan", cancellationToken);

    /// <summary>Saves the whole plan (mentor of the student only); a 409 <c>plan-changed</c> when someone saved in between.</summary>
    public Task<ApiResult<Plan>> SavePlanAsync(Guid studentId, SavePlanRequest request, CancellationToken cancellationToken = default) =>
        PutAsync<Plan>($"/api/students/{studentId}/plan", request, cancellationToken);

    public Task<ApiResult<List<Review>>> ReviewsAsync(Guid studentId, CancellationToken cancellationToken = default) =>
        GetAsync<List<Review>>($"/api/students/{studentId}/reviews", cancellationToken);

    public Task<ApiResult<Review>> ScheduleReviewAsync(Guid studentId, ScheduleReviewRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<Review>($"/api/students/{studentId}/reviews", request, cancellationToken);

    public Task<ApiResult<Review>> HoldReviewAsync(Guid reviewId, HoldReviewRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<Review>($"/api/reviews/{reviewId}/hold", request, cancellationToken);

    public Task<ApiResult<Signal>> AcknowledgeSignalAsync(Guid signalId, string? note, CancellationToken cancellationToken = default) =>
        PostAsync<Signal>($"/api/signals/{signalId}/acknowledge", new SignalNote(note), cancellationToken);

    public Task<ApiResult<List<Signal>>> SignalsAsync(Guid studentId, CancellationToken cancellationToken = default) =>
        GetAsync<List<Signal>>($"/api/students/{studentId}/signals", cancellationToken);

    /// <summary>A signal raised by hand (the student's mentor, a linked teacher, care).</summary>
    public Task<ApiResult<Signal>> RaiseSignalAsync(Guid studentId, RaiseSignalRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<Signal>($"/api/students/{studentId}/signals", request, cancellationToken);

    public Task<ApiResult<Signal>> ResolveSignalAsync(Guid signalId, string note, CancellationToken cancellationToken = default) =>
        PostAsync<Signal>($"/api/signals/{signalId}/resolve", new SignalNote(note), cancellationToken);

    public Task<ApiResult<List<HelpRequest>>> HelpRequestsAsync(Guid studentId, CancellationToken cancellationToken = default) =>
        GetAsync<List<HelpRequest>>($"/api/students/{studentId}/help-requests", cancellationToken);

    /// <summary>The student asks (only for themself).</summary>
    public Task<ApiResult<HelpRequest>> AskHelpAsync(Guid studentId, AskHelpRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<HelpRequest>($"/api/students/{studentId}/help-requests", request, cancellationToken);

    public Task<ApiResult<HelpRequest>> AnswerHelpRequestAsync(Guid helpRequestId, string? answer, CancellationToken cancellationToken = default) =>
        PostAsync<HelpRequest>($"/api/help-requests/{helpRequestId}/answer", new AnswerHelpRequest(answer), cancellationToken);

    public Task<ApiResult<HelpRequest>> PlanHelpConversationAsync(Guid helpRequestId, PlanConversationRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<HelpRequest>($"/api/help-requests/{helpRequestId}/plan-conversation", request, cancellationToken);

    public Task<ApiResult<HelpRequest>> CloseHelpRequestAsync(Guid helpRequestId, string? note, CancellationToken cancellationToken = default) =>
        PostAsync<HelpRequest>($"/api/help-requests/{helpRequestId}/close", new CloseHelpRequest(note), cancellationToken);

    /// <summary>Coordinator: counts and answer times per mentor for requests asked from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    public Task<ApiResult<HelpRequestStatistics>> HelpRequestStatisticsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        GetAsync<HelpRequestStatistics>(
            $"/api/help-requests/statistics?from={from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}&to={to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}",
            cancellationToken);

    /// <summary>A trainer's concern about the student of a current placement at their company.</summary>
    public Task<ApiResult<WorkplaceConcern>> RaiseConcernAsync(Guid placementId, RaiseConcernRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<WorkplaceConcern>($"/api/placements/{placementId}/concerns", request, cancellationToken);

    public Task<ApiResult<List<WorkplaceConcern>>> PlacementConcernsAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        GetAsync<List<WorkplaceConcern>>($"/api/placements/{placementId}/concerns", cancellationToken);

    /// <summary>The school's view of a student's concerns: open and answered, or <paramref name="status"/> all / closed.</summary>
    public Task<ApiResult<List<WorkplaceConcern>>> StudentConcernsAsync(Guid studentId, string status = "open", CancellationToken cancellationToken = default) =>
        GetAsync<List<WorkplaceConcern>>($"/api/students/{studentId}/concerns?status={status}", cancellationToken);

    public Task<ApiResult<WorkplaceConcern>> AnswerConcernAsync(Guid concernId, string? answer, CancellationToken cancellationToken = default) =>
        PostAsync<WorkplaceConcern>($"/api/concerns/{concernId}/answer", new AnswerConcernRequest(answer), cancellationToken);

    public Task<ApiResult<WorkplaceConcern>> CloseConcernAsync(Guid concernId, string? note, CancellationToken cancellationToken = default) =>
        PostAsync<WorkplaceConcern>($"/api/concerns/{concernId}/close", new CloseConcernRequest(note), cancellationToken);

    public Task<ApiResult<SchoolContact>> SchoolContactAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        GetAsync<SchoolContact>($"/api/placements/{placementId}/school-contact", cancellationToken);

    /// <summary>The information system's absence export as a multipart upload; a mentor's rows of other students come back refused.</summary>
    public Task<ApiResult<AbsenceImportReport>> ImportAbsenceAsync(Stream csv, CancellationToken cancellationToken = default)
    {
        var file = new StreamContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var content = new MultipartFormDataContent { { file, "file", "absence.csv" } };
        return SendAsync<AbsenceImportReport>(HttpMethod.Post, "/api/absences/import", content, cancellationToken);
    }

    public Task<ApiResult<StudentAbsence>> StudentAbsenceAsync(Guid studentId, CancellationToken cancellationToken = default) =>
        GetAsync<StudentAbsence>($"/api/students/{studentId}/absences", cancellationToken);

    /// <summary>The mentor's entry of one day; the same day again replaces it.</summary>
    public Task<ApiResult<SchoolAbsenceEntry>> RecordAbsenceAsync(Guid studentId, RecordAbsenceRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<SchoolAbsenceEntry>($"/api/students/{studentId}/absences", request, cancellationToken);

    public Task<ApiResult<List<WorkplaceAbsenceEntry>>> WorkplaceAbsenceAsync(Guid placementId, CancellationToken cancellationToken = default) =>
        GetAsync<List<WorkplaceAbsenceEntry>>($"/api/placements/{placementId}/absences", cancellationToken);

    /// <summary>The trainer's report of one day; the same day again corrects it. A 409 <c>placement-not-current</c> once the placement is over.</summary>
    public Task<ApiResult<WorkplaceAbsenceEntry>> ReportWorkplaceAbsenceAsync(Guid placementId, ReportWorkplaceAbsenceRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<WorkplaceAbsenceEntry>($"/api/placements/{placementId}/absences", request, cancellationToken);
}
