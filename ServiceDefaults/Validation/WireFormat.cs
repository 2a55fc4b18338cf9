using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>
/// One wire format for every API: JSON with camelCase names, and enum values as camelCase strings (<c>"bol"</c>,
/// <c>"active"</c>, <c>"signedOff"</c>), never numbers. Reading is case-insensitive, so a client that sends the
/// PascalCase spelling Companies and Internships answered before (<c>"Bol"</c>) is still understood; that is kept for
/// one release (until 2027-08) and then may be dropped. A value the enum does not define is refused with the same
/// 400 text everywhere (<see cref="DefinedEnumConverterFactory"/>).
/// </summary>
public static class WireFormat
{
    internal static IHostApplicationBuilder AddWireFormat(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options => Apply(options.SerializerOptions));
        return builder;
    }

    /// <summary>The enum spelling of the wire format, for a client or test that reads or writes the APIs' JSON.</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }
}
