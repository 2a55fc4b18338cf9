using PartnershipHub.ServiceDefaults;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Testing;

namespace PartnershipHub.Students.Tests.Support;

/// <summary>The Students service on its own database and virtual host, one per test class.</summary>
public sealed class StudentsApiFixture() : ServiceFixture<Program, StudentsDbContext>(ResourceNames.StudentsDb, AudienceName)
{
    public const string AudienceName = "students-api";

    public HttpClient Coordinator() => CreateClient(TestTokens.Coordinator(Audience));

    public HttpClient Mentor(Guid staffId) => CreateClient(TestTokens.Mentor(Audience, staffId));

    public HttpClient Teacher() => CreateClient(TestTokens.Teacher(Audience, Guid.NewGuid()));

    public HttpClient Care(Guid? staffId = null) => CreateClient(TestTokens.Care(Audience, staffId ?? Guid.NewGuid()));

    public HttpClient Student(Guid studentId) => CreateClient(TestTokens.Student(Audience, studentId));

    public HttpClient Trainer() => CreateClient(TestTokens.Trainer(Audience, Guid.NewGuid()));

    public HttpClient Operator() => CreateClient(TestTokens.Operator(Audience));
}
