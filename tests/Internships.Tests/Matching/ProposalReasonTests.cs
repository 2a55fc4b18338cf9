using PartnershipHub.Internships.Features.Matching;
using Xunit;

namespace PartnershipHub.Internships.Tests.Matching;

public sealed class ProposalReasonTests
{
    [Fact]
    public void Reasons_are_worked_back_from_the_terms_through_the_runs_weights()
    {
        var weights = MatchingWeights.Default with { BeyondMaxPerKm = 20, Spreading = 10 };
        CostTerm[] terms = [new("travel", 42), new("beyondMax", 240), new("sector", 30), new("needs", 0), new("spreading", 20)];

        var reasons = ProposalReason.From(terms, 42.4, weights);

        Assert.Equal(
            [new ProposalReason("travel", Km: 42), new ProposalReason("beyondMax", Km: 12, MaxKm: 30), new ProposalReason("sector"), new ProposalReason("spreading", Count: 2)],
            reasons);
    }

    [Fact]
    public void A_proposal_without_a_distance_or_extra_costs_has_no_reasons_beyond_what_it_knows()
    {
        CostTerm[] terms = [new("travel", 0), new("beyondMax", 0), new("sector", 0), new("needs", 40), new("spreading", 0)];

        Assert.Equal([new ProposalReason("needs")], ProposalReason.From(terms, null, MatchingWeights.Default));
    }
}
