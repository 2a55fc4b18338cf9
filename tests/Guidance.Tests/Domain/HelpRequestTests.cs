using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.HelpRequests;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Domain;

public sealed class HelpRequestTests
{
    private static readonly DateTimeOffset Asked = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static HelpRequest Ask() =>
        HelpRequest.Ask(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), HelpRequestTopic.Placement, HelpRequestKind.Conversation, "  Kan ik iemand spreken?  ", false, Asked);

    [Fact]
    public void The_first_answer_time_stays_when_the_mentor_answers_again_or_plans_a_conversation()
    {
        var request = Ask();
        Assert.Equal("Kan ik iemand spreken?", request.Text);
        request.AnswerWith("Ja", "m1", Asked.AddHours(3));
        request.PlanConversation(Asked.AddDays(2), " Kamer 2 ", "m2", Asked.AddHours(5));

        Assert.Equal(HelpRequestStatus.ConversationPlanned, request.Status);
        Assert.Equal(Asked.AddHours(3), request.FirstAnsweredAt);
        Assert.Equal(Asked.AddHours(5), request.AnsweredAt);
        Assert.Equal(("m2", "Kamer 2"), (request.AnsweredBy, request.ConversationPlace));
    }

    [Fact]
    public void A_request_closes_only_once_and_only_after_an_answer()
    {
        var request = Ask();
        Assert.Equal("help-request-unanswered", Assert.Throws<ConflictException>(() => request.Close("Gedaan", "m1", Asked.AddHours(1))).Rule);
        request.AnswerWith("Antwoord", "m1", Asked.AddHours(1));
        Assert.Throws<FieldValidationException>(() => request.Close(" ", "m1", Asked.AddHours(2)));
        request.Close("Gesprek gevoerd", "m1", Asked.AddHours(2));

        Assert.Equal("help-request-closed", Assert.Throws<ConflictException>(() => request.Close("Nog eens", "m1", Asked.AddHours(3))).Rule);
        Assert.Equal("help-request-closed", Assert.Throws<ConflictException>(() => request.AnswerWith("Later", "m1", Asked.AddHours(3))).Rule);
    }

    [Fact]
    public void A_conversation_is_planned_between_the_day_asked_and_three_months_ahead()
    {
        var request = Ask();
        Assert.Throws<FieldValidationException>(() => request.PlanConversation(Asked.AddDays(-3), null, "m1", Asked));
        Assert.Throws<FieldValidationException>(() => request.PlanConversation(Asked.AddDays(100), null, "m1", Asked));
        Assert.Equal(HelpRequestStatus.Open, request.Status);
    }

    [Theory]
    [InlineData(new double[] { 2 }, 0.5, 2.0)]
    [InlineData(new double[] { 2, 4, 10 }, 0.5, 4.0)]
    [InlineData(new double[] { 2, 4, 10 }, 0.9, 8.8)]
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.5, 2.5)]
    public void Percentiles_interpolate_between_closest_ranks(double[] sorted, double fraction, double expected) =>
        Assert.Equal(expected, HelpRequestStatisticsApi.Percentile(sorted, fraction));

    [Fact]
    public void No_answers_have_no_percentile() => Assert.Null(HelpRequestStatisticsApi.Percentile([], 0.5));
}
