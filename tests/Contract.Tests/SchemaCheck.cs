using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PartnershipHub.Contract.Tests;

/// <summary>Which way a portal type travels: read from an answer, or sent as a request body.</summary>
public enum Direction
{
    Reads,
    Sends,
}

/// <summary>
/// Compares a portal type with a schema of an API's document: every property the portal reads or sends must exist in
/// the schema (by its JSON name, case-insensitively as both sides read), with a compatible JSON type (string, number,
/// boolean, array, object), and a null the API may answer must be one the portal accepts (a null the portal may send,
/// one the API accepts). Properties the API has and the portal ignores are fine. The schema's <c>required</c> is not
/// checked: it lists every constructor parameter, while the APIs read a missing one as null. An empty schema (what the
/// generator writes for a type with a custom converter) accepts anything and is not looked into.
/// </summary>
public sealed class SchemaCheck(OpenApiDocument document, Direction direction)
{
    private static readonly NullabilityInfoContext Nullability = new();
    private readonly List<string> _problems = [];
    private readonly HashSet<(Type, JsonObject)> _visited = [];

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>(portal type, property) → the values the portal knows for it, checked against the schema's enum.</summary>
    public Func<Type, string, IReadOnlyCollection<string>?> KnownValues { get; init; } = (_, _) => null;

    public static IReadOnlyList<string> Compare(OpenApiDocument document, Direction direction, Type portalType, JsonObject schema, string where,
        Func<Type, string, IReadOnlyCollection<string>?>? knownValues = null)
    {
        var check = new SchemaCheck(document, direction) { KnownValues = knownValues ?? ((_, _) => null) };
        check.Check(portalType, portalNullable: false, schema, where);
        return check.Problems;
    }

    private void Check(Type portalType, bool portalNullable, JsonObject schemaNode, string where, IReadOnlyCollection<string>? known = null)
    {
        var (schema, schemaNullable) = Flatten(schemaNode);
        var type = Nullable.GetUnderlyingType(portalType) ?? portalType;
        portalNullable |= Nullable.GetUnderlyingType(portalType) is not null;
        if (schema is null || JsonTypes(schema).Count == 0)
        {
            // Any value: an empty schema, or one with only a format (what the generator writes for a type the API
            // reads and writes with a converter of its own), says nothing about the type or null.
            return;
        }

        if (direction == Direction.Reads && schemaNullable && !portalNullable)
        {
            _problems.Add($"{where}: the API may answer null, the portal's {Name(portalType)} is not nullable");
        }

        if (direction == Direction.Sends && portalNullable && !schemaNullable)
        {
            _problems.Add($"{where}: the portal may send null, the API's schema does not allow it");
        }

        var jsonTypes = JsonTypes(schema);
        var portalJson = JsonTypeOf(type);
        if (portalJson is null || jsonTypes.Count == 0)
        {
            return;
        }

        if (!Compatible(portalJson, jsonTypes))
        {
            _problems.Add($"{where}: the portal has {portalJson} ({Name(type)}), the API {string.Join("|", jsonTypes)}");
            return;
        }

        switch (portalJson)
        {
            case "string":
                CheckEnum(type, schema, where, known);
                break;
            case "array" when ElementType(type) is { } element && schema["items"] is JsonObject items:
                Check(element, ElementNullable(type), items, $"{where}[]", known);
                break;
            case "object" when DictionaryValueType(type) is { } value:
                if (schema["additionalProperties"] is JsonObject values)
                {
                    Check(value, portalNullable: false, values, $"{where}{{}}", known);
                }

                break;
            case "object":
                CheckObject(type, schema, where);
                break;
        }
    }

    private void CheckObject(Type type, JsonObject schema, string where)
    {
        if (!_visited.Add((type, schema)))
        {
            return;
        }

        var properties = schema["properties"]?.AsObject() ?? [];
        var byName = properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var portalProperties = WireProperties(type).ToList();
        foreach (var property in portalProperties)
        {
            var name = JsonName(property);
            if (!byName.TryGetValue(name, out var propertySchema) || propertySchema is not JsonObject propertyObject)
            {
                _problems.Add($"{where}.{name}: {Name(type)}.{property.Name} has no property '{name}' in the API's schema ({string.Join(", ", properties.Select(p => p.Key))})");
                continue;
            }

            var nullable = !property.PropertyType.IsValueType && Nullability.Create(property).ReadState == NullabilityState.Nullable;
            Check(property.PropertyType, nullable, propertyObject, $"{where}.{name}", KnownValues(type, property.Name));
        }
    }

    private void CheckEnum(Type type, JsonObject schema, string where, IReadOnlyCollection<string>? known)
    {
        var allowed = (schema["enum"]?.AsArray() ?? []).Where(v => v is not null).Select(v => v!.ToString()).ToHashSet(StringComparer.Ordinal);
        if (allowed.Count == 0)
        {
            return;
        }

        IEnumerable<string> values = known ?? [];
        if (type.IsEnum)
        {
            // The portal writes its own enums camelCase (ApiClient.Json), as the APIs do.
            values = values.Concat(Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName));
        }

        foreach (var value in values.Where(v => !allowed.Contains(v)).Distinct())
        {
            _problems.Add($"{where}: the portal knows the value '{value}', the API's are {string.Join(", ", allowed)}");
        }
    }

    /// <summary>The schema without references and without a null alternative, and whether null was one.</summary>
    private (JsonObject? Schema, bool Nullable) Flatten(JsonObject node)
    {
        var schema = document.Resolve(node);
        var nullable = false;
        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema[keyword] is JsonArray alternatives)
            {
                var others = alternatives.OfType<JsonObject>().Select(document.Resolve).Where(a => !IsNull(a)).ToList();
                nullable |= others.Count < alternatives.Count;
                if (others.Count == 1)
                {
                    var (inner, innerNullable) = Flatten(others[0]);
                    return (inner, nullable || innerNullable);
                }

                return (null, nullable); // A choice of several shapes: not checked further.
            }
        }

        if (schema["allOf"] is JsonArray { Count: 1 } all && all[0] is JsonObject only)
        {
            return Flatten(only);
        }

        nullable |= JsonTypes(schema).Contains("null") || schema["nullable"]?.GetValue<bool>() == true;
        return (schema.Count == 0 ? null : schema, nullable);
    }

    private static bool IsNull(JsonObject schema) => JsonTypes(schema) is { Count: 1 } types && types.Contains("null");

    private static HashSet<string> JsonTypes(JsonObject schema)
    {
        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToHashSet(),
            JsonValue value => [value.GetValue<string>()],
            _ => [],
        };
        if (types.Count == 0 && schema["properties"] is not null)
        {
            types.Add("object");
        }

        return types;
    }

    private static bool Compatible(string portal, HashSet<string> api) => portal switch
    {
        // A whole number reads into a double; a double the API may answer does not read into an int.
        "number" => api.Contains("number") || api.Contains("integer"),
        "integer" => api.Contains("integer"),
        _ => api.Contains(portal),
    };

    private static string? JsonTypeOf(Type type)
    {
        if (type == typeof(string) || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(TimeOnly) || type == typeof(TimeSpan) || type == typeof(Uri) || type == typeof(char) || type.IsEnum)
        {
            return "string";
        }

        if (type == typeof(bool))
        {
            return "boolean";
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
        {
            return "integer";
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return "number";
        }

        if (type == typeof(object) || type == typeof(JsonElement) || type == typeof(JsonNode))
        {
            return null;
        }

        if (DictionaryValueType(type) is not null)
        {
            return "object";
        }

        return ElementType(type) is not null ? "array" : "object";
    }

    private static Type? DictionaryValueType(Type type) =>
        Interfaces(type).FirstOrDefault(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>)))
            ?.GetGenericArguments()[1];

    private static Type? ElementType(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) && !IsGenericEnumerable(type)
            ? null
            : type.IsArray
                ? type.GetElementType()
                : Interfaces(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static bool ElementNullable(Type type) =>
        ElementType(type) is { } element && Nullable.GetUnderlyingType(element) is not null;

    private static bool IsGenericEnumerable(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>);

    private static IEnumerable<Type> Interfaces(Type type) => type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces();

    /// <summary>What System.Text.Json reads or writes of a type: public properties it can set (or a constructor sets), not computed ones.</summary>
    private static IEnumerable<PropertyInfo> WireProperties(Type type)
    {
        var constructorParameters = type.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != "EqualityContract")
            .Where(p => p.SetMethod is { IsPublic: true } || constructorParameters.Contains(p.Name) || IsAnonymous(type));
    }

    private static bool IsAnonymous(Type type) => type.Name.Contains("AnonymousType", StringComparison.Ordinal);

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static string Name(Type type) =>
        type.IsGenericType ? $"{type.Name.Split('`')[0]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>" : type.Name;
}
