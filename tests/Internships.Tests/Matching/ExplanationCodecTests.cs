using System.Text;
using System.Text.Json;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Infrastructure;
using Xunit;

namespace PartnershipHub.Internships.Tests.Matching;

public sealed class ExplanationCodecTests
{
    private static readonly ProposalExplanation Placed = new(
        [new CostTerm("travel", 12), new CostTerm("beyondMax", 0), new CostTerm("sector", -3), new CostTerm("needs", long.MaxValue), new CostTerm("spreading", 30)],
        [new Alternative(Guid.NewGuid(), "Bakkerij \"De Zon\" & Zn — ĳzer", 12.3, 45), new Alternative(Guid.NewGuid(), "", 0.1 + 0.2, long.MinValue)],
        [],
        null);

    private static readonly ProposalExplanation Unplaced = new(
        [new CostTerm("unplaced", 10_000)],
        [],
        [new Exclusion(Guid.NewGuid(), "Garage", ExclusionRules.TooFar), new Exclusion(Guid.NewGuid(), "Kapsalon", ExclusionRules.NoAccreditation)],
        "No company passed the hard rules.");

    public static TheoryData<string> Cases => ["placed", "unplaced", "empty"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decoding_gives_back_the_same_explanation_and_so_the_same_api_json(string name)
    {
        var explanation = Explanation(name);

        var decoded = ExplanationCodec.Decode(ExplanationCodec.Encode(explanation));

        Assert.Equal(JsonSerializer.Serialize(explanation, StoredJson.Options), JsonSerializer.Serialize(decoded, StoredJson.Options));
        Assert.Equal(explanation.Reason, decoded.Reason);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rows_written_as_json_before_the_compact_form_still_read(string name)
    {
        var explanation = Explanation(name);
        var json = JsonSerializer.Serialize(explanation, StoredJson.Options);

        // What the migration leaves in the bytea column: the jsonb's text in UTF-8.
        var decoded = ExplanationCodec.Decode(Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, JsonSerializer.Serialize(decoded, StoredJson.Options));
    }

    [Fact]
    public void The_compact_form_is_smaller_than_the_json()
    {
        Assert.True(ExplanationCodec.Encode(Placed).Length < Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(Placed, StoredJson.Options)) / 2);
    }

    [Fact]
    public void A_placed_explanation_joined_from_prepared_alternatives_equals_the_whole_record_encoded()
    {
        var random = new Random(5);
        for (var round = 0; round < 500; round++)
        {
            var candidates = Enumerable.Range(0, random.Next(1, 8))
                .Select(i => new Alternative(Guid.NewGuid(), $"Company {i} ĳ", Math.Round(random.NextDouble() * 30, 1), random.Next(0, 5000)))
                .ToArray();
            var maxAlternatives = random.Next(0, 5);
            var chosen = random.Next(candidates.Length);
            CostTerm[] terms = [new("travel", random.Next(100)), new("beyondMax", 0), new("sector", 150), new("needs", 0), new("spreading", 60)];
            // What the runner asks for: the first candidates other than the chosen one, at most maxAlternatives.
            var expected = new ProposalExplanation(terms, [.. candidates.Where((_, i) => i != chosen).Take(maxAlternatives)], [], null);
            var prepared = candidates.Take(maxAlternatives + 1).Select(ExplanationCodec.EncodeAlternative).ToArray();

            var joined = ExplanationCodec.EncodePlaced(terms, prepared, chosen, maxAlternatives);

            Assert.Equal(ExplanationCodec.Encode(expected), joined);
        }
    }

    private static ProposalExplanation Explanation(string name) => name switch
    {
        "placed" => Placed,
        "unplaced" => Unplaced,
        _ => new ProposalExplanation([], [], [], null),
    };
}
