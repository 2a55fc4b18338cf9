using System.Net;
using PartnershipHub.Students.Features.Students;

namespace PartnershipHub.Students.Tests.Support;

public static class StudentsApiClient
{
    public static async Task<StudentResponse> CreateStudentAsync(this HttpClient coordinator, CreateStudentRequest request) =>
        await (await coordinator.PostJsonAsync("/api/students", request)).ReadAsync<StudentResponse>(HttpStatusCode.Created);
}
