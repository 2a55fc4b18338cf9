using System.Net;
using PartnershipHub.Guidance.Features.Assessments;

namespace PartnershipHub.Guidance.Tests.Support;

public static class GuidanceClient
{
    public static async Task<AssessmentResponse> StartAsync(this HttpClient client, Guid studentId, StartAssessmentRequest request) =>
        await (await client.PostJsonAsync($"/api/students/{studentId}/assessments", request)).ReadAsync<AssessmentResponse>(HttpStatusCode.Created);

    public static async Task<AssessmentResponse> SubmitAsync(this HttpClient client, Guid assessmentId) =>
        await (await client.PostAsync($"/api/assessments/{assessmentId}/submit", null)).ReadAsync<AssessmentResponse>();

    /// <summary>Starts and submits in one go.</summary>
    public static async Task<AssessmentResponse> AssessAsync(this HttpClient client, Guid studentId, StartAssessmentRequest request) =>
        await client.SubmitAsync((await client.StartAsync(studentId, request)).AssessmentId);
}
