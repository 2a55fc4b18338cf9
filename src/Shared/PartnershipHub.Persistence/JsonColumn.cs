using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PartnershipHub.Persistence;

/// <summary>
/// Stores a value (a list of records, a small document) as one jsonb column, read and written whole. Contents are
/// compared by their JSON, so change tracking sees an edited list. Enum values are written in camelCase, the wire
/// format's spelling, and read in any case.
/// </summary>
public static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static PropertyBuilder<T> HasJsonColumn<T>(this PropertyBuilder<T> property, JsonSerializerOptions? options = null)
    {
        var json = options ?? Options;
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, json),
            text => JsonSerializer.Deserialize<T>(text, json)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, json) == JsonSerializer.Serialize(b, json),
                value => JsonSerializer.Serialize(value, json).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, json), json)!));
        return property;
    }
}
