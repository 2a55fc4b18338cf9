using System.Buffers;
using System.Text.Json;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Persistence;

namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>
/// Works on the stored progress document as UTF-8 text, without turning it into objects: the read fills in the parts
/// that depend on today; every other byte is passed through as stored, so the answer is exactly what serialising
/// <see cref="ProgressResponse"/> would give.
/// </summary>
public static class StoredProgressJson
{
    /// <summary>The document as the API answers it: <paramref name="http"/> are the service's HTTP JSON options.</summary>
    public static byte[] Serialize(ProgressResponse progress, JsonSerializerOptions http) => JsonSerializer.SerializeToUtf8Bytes(progress, http);

    public static byte[] Serialize(AssignmentsSummary assignments, JsonSerializerOptions http) => JsonSerializer.SerializeToUtf8Bytes(assignments, http);

    /// <summary>
    /// The stored document with hours planned to date (and the percentage) and whether the next review is overdue
    /// worked out for <paramref name="now"/>, as <see cref="ProgressProjector.AsOf"/> does on the objects.
    /// </summary>
    public static void WriteAsOf(ReadOnlySpan<byte> stored, DateTimeOffset now, IBufferWriter<byte> output)
    {
        var reader = new Utf8JsonReader(stored);
        string? section = null;
        DateOnly? placementStart = null, placementStartedOn = null, placementEnd = null;
        decimal? approved = null;
        int? plannedTotal = null;
        DateTimeOffset? scheduledAt = null;
        Range plannedToDate = default, percent = default, overdue = default;
        var hoursPresent = false;

        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.CurrentDepth == 1)
            {
                section = reader.ValueTextEquals("placement"u8) ? "placement"
                    : reader.ValueTextEquals("hours"u8) ? "hours"
                    : reader.ValueTextEquals("nextReview"u8) ? "nextReview"
                    : null;
                reader.Read();
                if (section is null || reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    section = null;
                }
                else if (section == "hours")
                {
                    hoursPresent = true;
                }

                continue;
            }

            if (section is null || reader.CurrentDepth != 2)
            {
                continue;
            }

            var name = reader;
            reader.Read();
            var value = new Range((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
            switch (section)
            {
                case "placement" when name.ValueTextEquals("startDate"u8):
                    placementStart = DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd");
                    break;
                case "placement" when name.ValueTextEquals("startedOn"u8) && reader.TokenType == JsonTokenType.String:
                    placementStartedOn = DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd");
                    break;
                case "placement" when name.ValueTextEquals("endDate"u8):
                    placementEnd = DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd");
                    break;
                case "hours" when name.ValueTextEquals("approved"u8):
                    approved = reader.GetDecimal();
                    break;
                case "hours" when name.ValueTextEquals("plannedTotal"u8):
                    plannedTotal = reader.GetInt32();
                    break;
                case "hours" when name.ValueTextEquals("plannedToDate"u8):
                    plannedToDate = value;
                    break;
                case "hours" when name.ValueTextEquals("percentOfPlanToDate"u8):
                    percent = value;
                    break;
                case "nextReview" when name.ValueTextEquals("scheduledAt"u8):
                    scheduledAt = reader.GetDateTimeOffset();
                    break;
                case "nextReview" when name.ValueTextEquals("overdue"u8):
                    overdue = value;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        var replacements = new List<(Range At, byte[] Value)>(3);
        if (hoursPresent && placementStart is { } start && placementEnd is { } end && approved is { } hours && plannedTotal is { } total)
        {
            var expected = SignalRules.ExpectedHours(new PlacementCopy { StartDate = start, StartedOn = placementStartedOn, EndDate = end, PlannedHours = total }, DateOnly.FromDateTime(now.UtcDateTime));
            decimal? percentOfPlan = expected > 0 ? Math.Round(100 * hours / expected, 1) : null;
            replacements.Add((plannedToDate, JsonSerializer.SerializeToUtf8Bytes(expected, JsonColumn.Options)));
            replacements.Add((percent, JsonSerializer.SerializeToUtf8Bytes(percentOfPlan, JsonColumn.Options)));
        }

        if (scheduledAt is { } scheduled)
        {
            replacements.Add((overdue, scheduled < now ? "true"u8.ToArray() : "false"u8.ToArray()));
        }

        Splice(stored, replacements, output);
    }

    private static void Splice(ReadOnlySpan<byte> source, List<(Range At, byte[] Value)> replacements, IBufferWriter<byte> output)
    {
        replacements.Sort((a, b) => a.At.Start.Value.CompareTo(b.At.Start.Value));
        var position = 0;
        foreach (var (at, value) in replacements)
        {
            output.Write(source[position..at.Start.Value]);
            output.Write(value);
            position = at.End.Value;
        }

        output.Write(source[position..]);
    }
}
