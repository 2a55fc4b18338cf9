using System.Text.Json;
using PartnershipHub.Persistence;

namespace PartnershipHub.Students.Domain;

/// <summary>
/// The intake's stored form. Records holding lists compare lists by reference, so equality of two intakes is
/// decided on their JSON: that is what makes an unchanged intake save publish nothing.
/// </summary>
public static class IntakeJson
{
    /// <summary>The options of every stored JSON value (web defaults, camelCase enums).</summary>
    public static JsonSerializerOptions Options => JsonColumn.Options;

    public static string Serialize(Intake intake) => JsonSerializer.Serialize(intake, Options);

    public static Intake Deserialize(string json) =>
        JsonSerializer.Deserialize<Intake>(json, Options) ?? throw new InvalidOperationException("A stored intake is empty.");

    public static bool Equal(Intake? a, Intake? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && Serialize(a) == Serialize(b));
}
