using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipHub.Guidance.Tests.Support;

/// <summary>The service's wire format: web defaults with enums as camelCase names.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };
}
