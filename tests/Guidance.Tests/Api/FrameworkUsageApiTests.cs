using System.Net;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Frameworks;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

public sealed class FrameworkUsageApiTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    [Fact]
    public async Task Usage_counts_each_versions_assessments_by_status_and_programme()
    {
        var mentor = Guid.NewGuid();
        var seller = TestData.Student(mentor);
        var carpenter = TestData.Student(mentor);
        carpenter.Crebo = "25252";
        carpenter.QualificationName = "Timmerman";
        await fixture.RunAsync(db => { db.Students.AddRange(seller, carpenter); return db.SaveChangesAsync(); });
        var published = await (await fixture.Coordinator().PostJsonAsync(
                "/api/frameworks", new PublishFrameworkRequest("usage-test", "Verkoop", ["25258"], DefaultFramework.Criteria)))
            .ReadAsync<FrameworkResponse>(HttpStatusCode.Created);

        await fixture.Mentor(mentor).AssessAsync(seller.Id, TestData.Start(AssessorRole.Mentor));
        await fixture.Mentor(mentor).StartAsync(seller.Id, TestData.Start(AssessorRole.Mentor));
        var onStandard = await fixture.Mentor(mentor).AssessAsync(carpenter.Id, TestData.Start(AssessorRole.Mentor));

        var usage = await (await fixture.Coordinator().GetAsync("/api/frameworks/usage")).ReadAsync<List<FrameworkUsageResponse>>();

        var own = Assert.Single(usage, u => u.FrameworkId == published.FrameworkId);
        Assert.Equal(("usage-test", 1, 2, 1, 1), (own.Key, own.Version, own.Assessments, own.Submitted, own.Drafts));
        Assert.Equal([new ProgrammeUsage("25258", "Verkoper", 2)], own.Programmes);
        var standard = Assert.Single(usage, u => u.FrameworkId == onStandard.FrameworkId);
        Assert.Equal(DefaultFramework.Key, standard.Key);
        Assert.Contains(new ProgrammeUsage("25252", "Timmerman", 1), standard.Programmes);
        Assert.DoesNotContain(standard.Programmes, p => p.Crebo == "25258");
    }

    [Fact]
    public async Task Only_coordinators_see_the_usage()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Mentor(Guid.NewGuid()).GetAsync("/api/frameworks/usage")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Teacher(Guid.NewGuid()).GetAsync("/api/frameworks/usage")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Student(Guid.NewGuid()).GetAsync("/api/frameworks/usage")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Trainer(Guid.NewGuid()).GetAsync("/api/frameworks/usage")).StatusCode);
    }

    [Fact]
    public async Task A_copied_version_with_edited_texts_is_published_as_the_next_version()
    {
        var current = await (await fixture.Coordinator().GetAsync($"/api/frameworks/{DefaultFramework.FirstVersionId}")).ReadAsync<FrameworkResponse>();
        var criteria = current.Criteria.Select((c, i) => i == 0
            ? c with { Name = "Op tijd", Description = "Komt op tijd.", Descriptors = new Dictionary<AttitudeLevel, string>(c.Descriptors) { [AttitudeLevel.Strong] = "Altijd ruim op tijd." } }
            : c).ToList();

        var next = await (await fixture.Coordinator().PostJsonAsync(
                "/api/frameworks", new PublishFrameworkRequest(current.Key, current.Name, current.Crebos, criteria)))
            .ReadAsync<FrameworkResponse>(HttpStatusCode.Created);

        Assert.Equal(current.Version + 1, next.Version);
        Assert.Equal("Op tijd", next.Criteria[0].Name);
        Assert.Equal("Altijd ruim op tijd.", next.Criteria[0].Descriptors[AttitudeLevel.Strong]);
        var old = await (await fixture.Coordinator().GetAsync($"/api/frameworks/{DefaultFramework.FirstVersionId}")).ReadAsync<FrameworkResponse>();
        Assert.Equal(current.Criteria[0].Name, old.Criteria[0].Name);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Teacher(Guid.NewGuid()).PostJsonAsync(
            "/api/frameworks", new PublishFrameworkRequest(current.Key, current.Name, current.Crebos, criteria))).StatusCode);
    }
}
