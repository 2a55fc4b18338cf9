using System.Text.Json;
using PartnershipHub.ServiceDefaults.Validation;

namespace PartnershipHub.Students.Tests.Support;

/// <summary>The service's wire format: web defaults with enums as camelCase names.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = WireFormat.Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
