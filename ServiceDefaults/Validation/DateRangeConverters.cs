using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>Reads dates between <see cref="InputLimits.EarliestDate"/> and <see cref="InputLimits.LatestDate"/>.</summary>
internal abstract class DateRangeConverter<T>(JsonConverter<T> inner, Func<T, DateOnly> dateOf) : JsonConverter<T>
    where T : struct
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = inner.Read(ref reader, typeToConvert, options);
        var date = dateOf(value);
        if (date < InputLimits.EarliestDate || date > InputLimits.LatestDate)
        {
            throw new JsonFieldException(
                $"This date must lie between {InputLimits.EarliestDate:yyyy-MM-dd} and {InputLimits.LatestDate:yyyy-MM-dd}.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}

internal sealed class DateOnlyRangeConverter() : DateRangeConverter<DateOnly>(JsonMetadataServices.DateOnlyConverter, date => date);

internal sealed class DateTimeRangeConverter() : DateRangeConverter<DateTime>(JsonMetadataServices.DateTimeConverter, DateOnly.FromDateTime);

internal sealed class DateTimeOffsetRangeConverter()
    : DateRangeConverter<DateTimeOffset>(JsonMetadataServices.DateTimeOffsetConverter, moment => DateOnly.FromDateTime(moment.UtcDateTime));
