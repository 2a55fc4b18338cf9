using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>
/// Refuses enum values the enum does not define (<c>"method": 7</c>), whichever spelling the service reads: it
/// reads with the service's own enum converter (or the built-in one) and checks the result. Flag enums are left alone.
/// </summary>
internal sealed class DefinedEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.GetCustomAttribute<FlagsAttribute>() is null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var inner = options.Converters.FirstOrDefault(c => c is not DefinedEnumConverterFactory && c.CanConvert(typeToConvert));
        if (inner is JsonConverterFactory factory)
        {
            inner = factory.CreateConverter(typeToConvert, options);
        }

        var converter = typeof(DefinedEnumConverter<>).MakeGenericType(typeToConvert);
        return (JsonConverter)Activator.CreateInstance(converter, inner)!;
    }
}

internal sealed class DefinedEnumConverter<TEnum>(JsonConverter<TEnum>? configured) : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly JsonConverter<TEnum> inner = configured ?? JsonMetadataServices.GetEnumConverter<TEnum>(new JsonSerializerOptions());

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Defined(inner.Read(ref reader, typeToConvert, options), options);

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => inner.Write(writer, value, options);

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Defined(inner.ReadAsPropertyName(ref reader, typeToConvert, options), options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        inner.WriteAsPropertyName(writer, value, options);

    private TEnum Defined(TEnum value, JsonSerializerOptions options)
    {
        if (!Enum.IsDefined(value))
        {
            var names = Enum.GetValues<TEnum>().Select(v => JsonSerializer.Serialize(v, options).Trim('"'));
            throw new JsonFieldException($"This value must be one of: {string.Join(", ", names)}.");
        }

        return value;
    }
}
