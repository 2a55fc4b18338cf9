using System.Text.Json;
using PartnershipHub.ServiceDefaults.Validation;

namespace PartnershipHub.Guidance.Benchmarks;

/// <summary>The services' wire format, to read their answers.</summary>
internal static class BenchJson
{
    public static JsonSerializerOptions Options { get; } = WireFormat.Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
