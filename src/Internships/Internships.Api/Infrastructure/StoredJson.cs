using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipHub.Internships.Infrastructure;

/// <summary>
/// How this service writes JSON into its own columns (jsonb lists, a run's weights, proposal explanations): enum names
/// in PascalCase ("Portal", "NoRecentContact"), as stored rows already hold them. Stored JSON is not the wire format, so
/// it keeps this spelling rather than the camelCase of <see cref="PartnershipHub.Persistence.JsonColumn.Options"/>.
/// </summary>
internal static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
