using System.Net;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Frameworks;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

public sealed class FrameworksApiTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    [Fact]
    public async Task Default_framework_is_seeded_with_the_fixed_keys_and_Dutch_descriptors()
    {
        var framework = await (await fixture.Teacher(Guid.NewGuid()).GetAsync("/api/frameworks/current?crebo=99999")).ReadAsync<FrameworkResponse>();

        Assert.Equal(DefaultFramework.Key, framework.Key);
        Assert.Equal(TestData.Keys, framework.Criteria.Select(c => c.Key));
        Assert.All(framework.Criteria, c => Assert.Equal(4, c.Descriptors.Count));
        Assert.Contains("meldt zich vooraf af", framework.Criteria[0].Descriptors[AttitudeLevel.Competent], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        await fixture.RunAsync(db => FrameworkSeed.EnsureAsync(db, DateTimeOffset.UtcNow, CancellationToken.None));
        var all = await (await fixture.Coordinator().GetAsync("/api/frameworks")).ReadAsync<List<FrameworkResponse>>();
        Assert.Single(all, f => f.Key == DefaultFramework.Key && f.Version == 1);
    }

    [Fact]
    public async Task A_new_version_leaves_assessments_on_the_old_version_unchanged()
    {
        var mentor = Guid.NewGuid();
        var student = TestData.Student(mentor);
        await fixture.RunAsync(db => { db.Students.Add(student); return db.SaveChangesAsync(); });
        var before = await fixture.Mentor(mentor).AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));

        var criteria = DefaultFramework.Criteria.Take(7).Append(DefaultFramework.Criteria[7] with { Name = "Reflecteren op eigen handelen" }).ToList();
        var published = await (await fixture.Coordinator().PostJsonAsync("/api/frameworks", new PublishFrameworkRequest("vk-test", "Verkoop", ["25258"], criteria)))
            .ReadAsync<FrameworkResponse>(HttpStatusCode.Created);
        var second = await (await fixture.Coordinator().PostJsonAsync("/api/frameworks", new PublishFrameworkRequest("vk-test", "Verkoop v2", ["25258"], criteria)))
            .ReadAsync<FrameworkResponse>(HttpStatusCode.Created);
        Assert.Equal(1, published.Version);
        Assert.Equal(2, second.Version);

        var after = await (await fixture.Mentor(mentor).GetAsync($"/api/assessments/{before.AssessmentId}")).ReadAsync<AssessmentResponse>();
        Assert.Equal(before.FrameworkId, after.FrameworkId);
        Assert.Equal(1, after.FrameworkVersion);

        // The crebo-specific framework is now current for this student; progress still compares by key across both.
        var next = await fixture.Mentor(mentor).AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        Assert.Equal(second.FrameworkId, next.FrameworkId);
    }

    [Fact]
    public async Task Only_coordinators_publish_and_bad_frameworks_name_the_field()
    {
        var request = new PublishFrameworkRequest("x", "X", [], DefaultFramework.Criteria);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(Guid.NewGuid()).PostJsonAsync("/api/frameworks", request)).StatusCode);

        var missingLevel = DefaultFramework.Criteria[0] with { Descriptors = new Dictionary<AttitudeLevel, string> { [AttitudeLevel.Strong] = "x" } };
        await (await fixture.Coordinator().PostJsonAsync("/api/frameworks", request with { Criteria = [missingLevel] })).AssertFieldErrorAsync("criteria[0].descriptors");
        await (await fixture.Coordinator().PostJsonAsync("/api/frameworks", request with { Crebos = ["12"] })).AssertFieldErrorAsync("crebos");
        await (await fixture.Coordinator().PostJsonAsync("/api/frameworks", request with { Criteria = [DefaultFramework.Criteria[0] with { Key = "Bad Key" }] })).AssertFieldErrorAsync("criteria[0].key");
    }
}
