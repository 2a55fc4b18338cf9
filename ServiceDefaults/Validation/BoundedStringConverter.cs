using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>Reads text no longer than <paramref name="maxLength"/> characters and without control characters.</summary>
internal sealed class BoundedStringConverter(int maxLength) : JsonConverter<string>
{
    public int MaxLength { get; } = maxLength;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonFieldException("This value must be text.");
        }

        var value = reader.GetString()!;
        if (value.Length > MaxLength)
        {
            throw new JsonFieldException($"This text is {value.Length:N0} characters long; at most {MaxLength:N0} are allowed.");
        }

        if (InputLimits.FirstForbidden(value) is { } forbidden)
        {
            throw new JsonFieldException($"This text contains a control character ({InputLimits.Describe(forbidden)}) that is not allowed.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString()!;
        if (value.Length > MaxLength || InputLimits.FirstForbidden(value) is not null)
        {
            throw new JsonFieldException($"A name in this object is longer than {MaxLength:N0} characters or contains a control character.");
        }

        return value;
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);
}
