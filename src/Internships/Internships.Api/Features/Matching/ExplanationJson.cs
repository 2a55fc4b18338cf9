using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// Source-generated serialisation of <see cref="ProposalExplanation"/>: a run writes one per student, and the generated
/// writer skips the reflection-based one's per-call metadata work. Same output as <c>JsonColumn.Options</c> (web defaults).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ProposalExplanation))]
internal sealed partial class ExplanationJson : JsonSerializerContext;
