using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Domain;

public sealed class WorkplaceConcernTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    private static WorkplaceConcern Raise(PlacementStatus status = PlacementStatus.Active, WorkplaceConcernKind kind = WorkplaceConcernKind.Lateness, WorkplaceConcernUrgency? urgency = null) =>
        WorkplaceConcern.Raise(Guid.NewGuid(), TestData.Placement(Guid.NewGuid(), Guid.NewGuid(), status), kind, urgency, " Komt te laat. ", "trainer-1", "Kees", Now);

    [Theory]
    [InlineData(WorkplaceConcernKind.Lateness, null, false)]
    [InlineData(WorkplaceConcernKind.Worried, WorkplaceConcernUrgency.Urgent, true)]
    [InlineData(WorkplaceConcernKind.Safety, WorkplaceConcernUrgency.Normal, true)]
    [InlineData(WorkplaceConcernKind.Incident, null, true)]
    public void Urgent_by_choice_or_by_kind(WorkplaceConcernKind kind, WorkplaceConcernUrgency? urgency, bool urgent)
    {
        var concern = Raise(kind: kind, urgency: urgency);

        Assert.Equal(urgent, concern.IsUrgent);
        Assert.Equal(urgency ?? WorkplaceConcernUrgency.Normal, concern.Urgency);
        Assert.Equal("Komt te laat.", concern.Text);
    }

    [Theory]
    [InlineData(PlacementStatus.Proposed)]
    [InlineData(PlacementStatus.Completed)]
    [InlineData(PlacementStatus.EndedEarly)]
    public void A_concern_needs_a_current_placement(PlacementStatus status) =>
        Assert.Equal("placement-not-current", Assert.Throws<ConflictException>(() => Raise(status)).Rule);

    [Fact]
    public void An_unknown_kind_names_the_field() =>
        Assert.Contains("kind", Assert.Throws<FieldValidationException>(() => Raise(kind: (WorkplaceConcernKind)42)).Errors.Keys);

    [Fact]
    public void Answered_then_closed_and_never_again()
    {
        var concern = Raise();
        Assert.Equal("concern-not-answered", Assert.Throws<ConflictException>(() => concern.Close("Klaar", "m", Now)).Rule);

        concern.AnswerWith("Ik bel haar.", "m", Now.AddHours(1));
        Assert.Equal(WorkplaceConcernStatus.Answered, concern.Status);
        Assert.Equal("concern-answered", Assert.Throws<ConflictException>(() => concern.AnswerWith("Nog eens", "m", Now)).Rule);

        concern.Close("Gesprek gehad.", "m", Now.AddDays(1));
        Assert.Equal(WorkplaceConcernStatus.Closed, concern.Status);
        Assert.Equal(2, concern.Version);
        Assert.Equal("concern-closed", Assert.Throws<ConflictException>(() => concern.Close("Nog eens", "m", Now)).Rule);
    }

    [Fact]
    public void The_evidence_names_kind_company_and_urgency_in_Dutch()
    {
        Assert.Equal("Dringende zorgmelding van de praktijkopleider bij Bakkerij Jansen: veiligheid.",
            SignalEvidence.WorkplaceConcern(WorkplaceConcernKind.Safety, "Bakkerij Jansen", urgent: true).Dutch);
        Assert.Equal("Zorgmelding van de praktijkopleider bij Bakkerij Jansen (te laat komen) van 5 oktober 2026 is na 1 dag nog niet beantwoord.",
            SignalEvidence.WorkplaceConcernUnanswered(WorkplaceConcernKind.Lateness, "Bakkerij Jansen", Now, 1).Dutch);
        Assert.Equal("Urgent concern from the workplace trainer at Bakkerij Jansen: safety.",
            SignalEvidence.WorkplaceConcern(WorkplaceConcernKind.Safety, "Bakkerij Jansen", urgent: true).English);
        Assert.Equal("The concern from the workplace trainer at Bakkerij Jansen (lateness) of 5 October 2026 has not been answered after 1 day.",
            SignalEvidence.WorkplaceConcernUnanswered(WorkplaceConcernKind.Lateness, "Bakkerij Jansen", Now, 1).English);
    }
}
