using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Persistence.Conflicts;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Domain;

public sealed class AssessmentDiscardTests
{
    private static readonly AttitudeFramework Framework = DefaultFramework.Create(DateTimeOffset.UtcNow);

    private static Assessment Draft() =>
        Assessment.Start(Guid.NewGuid(), Guid.NewGuid(), Framework, "a", null, AssessorRole.Mentor, null, AssessmentKind.Formative, null, DateTimeOffset.UtcNow);

    [Fact]
    public void A_draft_may_be_discarded()
    {
        var draft = Draft();
        draft.Edit(Framework, TestData.Ratings(AttitudeLevel.Developing), "Half af", []);

        draft.EnsureDiscardable();
    }

    [Fact]
    public void A_submitted_assessment_is_never_discarded()
    {
        var assessment = Draft();
        assessment.Edit(Framework, TestData.Ratings(AttitudeLevel.Competent), null, []);
        assessment.Submit(Framework, DateTimeOffset.UtcNow);

        Assert.Equal("assessment-submitted", Assert.Throws<ConflictException>(assessment.EnsureDiscardable).Rule);
    }
}
