using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using PartnershipHub.ServiceDefaults.Validation;

namespace PartnershipHub.ServiceDefaults.Errors;

/// <summary>
/// Says in the caller's terms what was wrong with a JSON value. The serializer names .NET types
/// ("could not be converted to PartnershipHub.Guidance.Api.Rating"); a caller needs to hear "must be a whole number"
/// or "must be one of: strong, sufficient, …", spelled the way this service reads them.
/// </summary>
internal static partial class JsonErrorMessages
{
    public static (string Field, string Message) Describe(JsonException json, JsonSerializerOptions options)
    {
        if (json is JsonFieldException)
        {
            // Our own converters' refusals (a control character, a null item, an undefined enum value) say it already.
            var (below, text) = JsonFieldPath.Describe(json, options);
            return (JsonFieldPath.FieldName(below), text);
        }

        var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
        var conversion = ConversionPattern().Match(json.Message);
        if (!conversion.Success)
        {
            // Malformed JSON: the serializer's first sentence says where; the rest repeats the path and offsets.
            return (field, $"The request body is not valid JSON: {json.Message.Split(" Path:", 2)[0]}");
        }

        // The serializer names the object that holds the bad value; the value's own type is that object's member
        // (or element) named by the last step of the path.
        var valueType = FindType(conversion.Groups["type"].Value) is { } holder ? ValueType(holder, json.Path, options) : null;
        return (field, $"This value {Expectation(valueType, options)}.");
    }

    private static Type? ValueType(Type holder, string? path, JsonSerializerOptions options)
    {
        var step = LastStepPattern().Match(path ?? "");
        if (!step.Success || path == "$")
        {
            // The value is the root itself (an element read on its own by a list converter).
            return path == "$" ? holder : null;
        }

        var info = options.GetTypeInfo(holder);
        if (info.Kind == JsonTypeInfoKind.Enumerable && step.Groups["index"].Success)
        {
            return info.ElementType;
        }

        var member = info.Properties.FirstOrDefault(property =>
            string.Equals(property.Name, step.Groups["name"].Value, StringComparison.OrdinalIgnoreCase))?.PropertyType;
        if (member is not null && step.Groups["index"].Success)
        {
            return options.GetTypeInfo(member).ElementType;
        }

        return member;
    }

    private static string Expectation(Type? type, JsonSerializerOptions options)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is { IsEnum: true })
        {
            return $"must be one of: {string.Join(", ", EnumNames(type, options))}";
        }

        return type?.FullName switch
        {
            "System.String" => "must be text",
            "System.Boolean" => "must be true or false",
            "System.Int16" or "System.Int32" or "System.Int64" or "System.Byte" => "must be a whole number",
            "System.Decimal" or "System.Double" or "System.Single" => "must be a number",
            "System.Guid" => "must be an id (a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301)",
            "System.DateOnly" => "must be a date written as yyyy-mm-dd",
            "System.TimeOnly" => "must be a time written as hh:mm",
            "System.DateTime" or "System.DateTimeOffset" => "must be a date and time in ISO 8601, e.g. 2026-09-01T08:30:00Z",
            _ when type is not null && type != typeof(string) && options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Enumerable => "must be a list",
            _ when type is not null && options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Object => "must be an object with named fields",
            _ => "has the wrong type",
        };
    }

    private static IEnumerable<string> EnumNames(Type enumType, JsonSerializerOptions options) =>
        Enum.GetValues(enumType).Cast<object>().Select(value => JsonSerializer.Serialize(value, enumType, options).Trim('"'));

    private static Type? FindType(string fullName) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(assembly => !assembly.IsDynamic)
            .Select(assembly => assembly.GetType(fullName, throwOnError: false))
            .FirstOrDefault(type => type is not null);

    [GeneratedRegex(@"could not be converted to (?<type>[^\s]+?)\.(?: Path:|$)")]
    private static partial Regex ConversionPattern();

    [GeneratedRegex(@"(?:\.|^\$)(?:(?<name>[^.\[\]']+)|\['(?<name>[^']+)'\])?(?<index>\[\d+\])?$")]
    private static partial Regex LastStepPattern();
}
