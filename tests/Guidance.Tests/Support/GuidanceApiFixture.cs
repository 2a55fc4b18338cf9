using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Support;

/// <summary>The Guidance service on its own database and virtual host, one per test class; the default framework seeded.</summary>
public class GuidanceApiFixture() : ServiceFixture<Program, GuidanceDbContext>(ResourceNames.GuidanceDb, ApiAudiences.Guidance), IAsyncLifetime
{
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        // The host started before the test migrated the database, so its start-up seed found no table.
        await InDatabaseAsync(async db =>
        {
            await FrameworkSeed.EnsureAsync(db, DateTimeOffset.UtcNow, CancellationToken.None);
            return 0;
        });
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        // Tests run the sweep themselves with a chosen "now".
        settings["Signals:SweepInterval"] = "00:00:00";
        settings["Logging:LogLevel:Default"] = "Warning";
    }

    public HttpClient Coordinator() => CreateClient(TestTokens.Coordinator(Audience));

    public HttpClient Mentor(Guid staffId) => CreateClient(TestTokens.Mentor(Audience, staffId));

    public HttpClient Teacher(Guid staffId) => CreateClient(TestTokens.Teacher(Audience, staffId));

    /// <summary>The school (a coordinator) links the teacher to the student, as a teacher needs before assessing or reading.</summary>
    public async Task LinkTeacherAsync(Guid studentId, Guid teacherStaffId)
    {
        var response = await Coordinator().PutAsync($"/api/students/{studentId}/teachers/{teacherStaffId}", null);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    public HttpClient Student(Guid studentId) => CreateClient(TestTokens.Student(Audience, studentId));

    public HttpClient Trainer(params Guid[] companies) => CreateClient(TestTokens.Trainer(Audience, companies));

    public HttpClient Care() => CreateClient(TestTokens.Care(Audience, Guid.NewGuid()));

    public HttpClient Care(Guid staffId) => CreateClient(TestTokens.Care(Audience, staffId));

    public Task RunAsync(Func<GuidanceDbContext, Task> work) => InDatabaseAsync(async db =>
    {
        await work(db);
        return 0;
    });

    public IServiceScopeFactory Scopes => Factory.Services.GetRequiredService<IServiceScopeFactory>();
}
