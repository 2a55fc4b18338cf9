using System.Text.Json;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Infrastructure;
using Xunit;

namespace PartnershipHub.Internships.Tests.Matching;

public sealed class ExplanationJsonTests
{
    [Fact]
    public void The_generated_writer_gives_the_same_json_as_the_column_options()
    {
        var placed = new ProposalExplanation(
            [new CostTerm("travel", 12), new CostTerm("spreading", 30)],
            [new Alternative(Guid.NewGuid(), "Bakkerij \"De Zon\" & Zn", 12.3, 45)],
            [],
            null);
        var unplaced = new ProposalExplanation([new CostTerm("unplaced", 10_000)], [], [new Exclusion(Guid.NewGuid(), "Garage", ExclusionRules.TooFar)], "No company passed the hard rules.");

        foreach (var explanation in new[] { placed, unplaced })
        {
            Assert.Equal(JsonSerializer.Serialize(explanation, JsonColumn.Options), JsonSerializer.Serialize(explanation, ExplanationJson.Default.ProposalExplanation));
        }
    }
}
