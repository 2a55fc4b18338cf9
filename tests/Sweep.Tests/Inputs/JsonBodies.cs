using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using PartnershipHub.Sweep.Tests.Hosting;

namespace PartnershipHub.Sweep.Tests.Inputs;

/// <summary>
/// Builds request bodies from an endpoint's body type by reflection, spelled the way the service reads JSON (its own
/// serializer options): a plausible body (own ids where a property names a resource, near dates, the first enum value)
/// and, from it, one bad body per property and kind of mistake, so each mistake is seen on its own.
/// </summary>
public sealed class JsonBodies(SweptService service, KnownIds ids)
{
    public const int HugeStringLength = 100_000;
    public const int HugeListLength = 5_000;
    private const int MaxDepth = 5;

    private readonly JsonSerializerOptions _options = ShapeOptions(service.JsonOptions);
    private readonly NullabilityInfoContext _nullability = new();

    public async Task<JsonNode?> PlausibleAsync(Type type) => await ValueAsync(type, "body", 0);

    /// <summary>Bad versions of <paramref name="plausible"/>: whole-body mistakes first, then each property's.</summary>
    public IReadOnlyList<BadInput> BadVersionsOf(Type type, JsonNode? plausible, bool bodyIsOptional)
    {
        var isList = Kind(type) == JsonTypeInfoKind.Enumerable;
        var bad = new List<BadInput>
        {
            new("body: missing", null, !bodyIsOptional),
            new("body: not valid JSON", "{\"broken\": ", true),
            new("body: JSON null", "null", !bodyIsOptional),
            new(isList ? "body: an object instead of a list" : "body: a list instead of an object", isList ? "{}" : "[]", true),
            new("body: empty " + (isList ? "list" : "object"), isList ? "[]" : "{}", false),
        };
        if (plausible is not null)
        {
            Mutate(plausible, type, [], bad, 0);
        }

        return bad;
    }

    private void Mutate(JsonNode root, Type type, List<object> path, List<BadInput> bad, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var info = _options.GetTypeInfo(type);
        if (info.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var property in info.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null))
            {
                var at = new List<object>(path) { property.Name };
                Add(root, at, property.PropertyType, AllowsNull(property), bad);
                Mutate(root, property.PropertyType, at, bad, depth + 1);
            }
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element && Find(root, path) is JsonArray { Count: > 0 })
        {
            var first = new List<object>(path) { 0 };
            var nullElement = Find(root, path)!.AsArray().DeepClone().AsArray();
            nullElement.Add(null);
            bad.Add(Replace(root, path, nullElement, $"{PathText(path)}: a null element", true));
            var many = new JsonArray([.. Enumerable.Range(0, HugeListLength).Select(_ => Find(root, first)?.DeepClone())]);
            bad.Add(Replace(root, path, many, $"{PathText(path)}: {HugeListLength:N0} elements", true));
            Add(root, first, element, Nullable.GetUnderlyingType(element) is not null, bad, listElement: true);
            Mutate(root, element, first, bad, depth + 1);
        }
    }

    /// <summary>The mistakes that fit a value of <paramref name="type"/> at <paramref name="path"/>.</summary>
    private void Add(JsonNode root, List<object> path, Type type, bool allowsNull, List<BadInput> bad, bool listElement = false)
    {
        var where = PathText(path);
        var t = Nullable.GetUnderlyingType(type) ?? type;
        void Bad(string what, JsonNode? value, bool mustBeRefused = true) => bad.Add(Replace(root, path, value, $"{where}: {what}", mustBeRefused));

        if (!listElement)
        {
            Bad("null", null, mustBeRefused: !allowsNull);
        }

        if (t == typeof(string))
        {
            Bad("a number instead of text", 12345);
            Bad("a NUL character", "Sweep\0value");
            Bad("control characters", "Sweep\u0007\u001bvalue");
            Bad($"{HugeStringLength / 1000} KB of text", new string('x', HugeStringLength));
        }
        else if (t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte))
        {
            Bad("text instead of a number", "one");
            Bad("int.MaxValue", int.MaxValue);
            Bad("-1", -1);
            Bad("a number beyond its type (1e30)", JsonNode.Parse("1e30"));
        }
        else if (t == typeof(decimal) || t == typeof(double) || t == typeof(float))
        {
            Bad("text instead of a number", "one");
            Bad("-1", -1);
            Bad("1e30", JsonNode.Parse("1e30"));
        }
        else if (t == typeof(bool))
        {
            Bad("text instead of true/false", "yes");
        }
        else if (t == typeof(Guid))
        {
            Bad("not a GUID", "not-an-id");
            Bad("an id that exists nowhere", Guid.NewGuid().ToString(), mustBeRefused: false);
        }
        else if (t == typeof(DateOnly))
        {
            Bad("not a date", "someday");
            Bad("0001-01-01", "0001-01-01");
            Bad("9999-12-31", "9999-12-31");
        }
        else if (t == typeof(DateTimeOffset) || t == typeof(DateTime))
        {
            Bad("not a date", "someday");
            Bad("0001-01-01", "0001-01-01T00:00:00Z");
            Bad("9999-12-31", "9999-12-31T23:59:59Z");
        }
        else if (t.IsEnum)
        {
            Bad("an enum number outside the enum", 99);
            Bad("an unknown enum name", "not-a-value");
        }
        else if (Kind(t) == JsonTypeInfoKind.Enumerable)
        {
            Bad("an object instead of a list", new JsonObject());
        }
        else if (Kind(t) is JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary)
        {
            Bad("text instead of an object", "text");
        }
    }

    private async Task<JsonNode?> ValueAsync(Type type, string name, int depth)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            return PlausibleText(name);
        }

        if (t == typeof(bool))
        {
            // true keeps what it touches alive ("active"): a plausible body must not deactivate the demo trainer.
            return true;
        }

        if (t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) || t == typeof(decimal) || t == typeof(double) || t == typeof(float))
        {
            return 1;
        }

        if (t == typeof(Guid))
        {
            return (await ids.OwnIdForPropertyAsync(service, name) ?? Guid.NewGuid()).ToString();
        }

        if (t == typeof(DateOnly))
        {
            return DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)).ToString("yyyy-MM-dd");
        }

        if (t == typeof(DateTimeOffset) || t == typeof(DateTime))
        {
            return DateTimeOffset.UtcNow.AddHours(-1).ToString("O");
        }

        if (t == typeof(TimeOnly))
        {
            return "09:00";
        }

        if (t == typeof(TimeSpan))
        {
            return "01:00:00";
        }

        if (t.IsEnum)
        {
            return JsonSerializer.SerializeToNode(Enum.GetValues(t).GetValue(0), t, _options);
        }

        if (depth > MaxDepth)
        {
            return null;
        }

        var info = _options.GetTypeInfo(t);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Dictionary:
                return new JsonObject { ["sweep"] = await ValueAsync(info.ElementType!, "sweep", depth + 1) };
            case JsonTypeInfoKind.Enumerable:
                return new JsonArray(await ValueAsync(info.ElementType!, Singular(name), depth + 1));
            case JsonTypeInfoKind.Object:
                var body = new JsonObject();
                foreach (var property in info.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null))
                {
                    body[property.Name] = await ValueAsync(property.PropertyType, property.Name, depth + 1);
                }

                return body;
            default:
                return null;
        }
    }

    /// <summary>
    /// The service's JSON options without ServiceDefaults' input bounds: those read lists through a custom converter,
    /// which hides that a type is a list (kind None) and so would hide every list from the generated inputs.
    /// </summary>
    private static JsonSerializerOptions ShapeOptions(JsonSerializerOptions service)
    {
        var shape = new JsonSerializerOptions(service);
        foreach (var bound in shape.Converters.Where(c => c.GetType().Namespace == "PartnershipHub.ServiceDefaults.Validation").ToList())
        {
            shape.Converters.Remove(bound);
        }

        return shape;
    }

    private JsonTypeInfoKind Kind(Type type) =>
        type == typeof(string) || type.IsPrimitive || type.IsEnum ? JsonTypeInfoKind.None : _options.GetTypeInfo(type).Kind;

    private bool AllowsNull(JsonPropertyInfo property)
    {
        if (property.PropertyType.IsValueType)
        {
            return Nullable.GetUnderlyingType(property.PropertyType) is not null;
        }

        var nullability = property.AttributeProvider switch
        {
            PropertyInfo p => _nullability.Create(p).WriteState,
            FieldInfo f => _nullability.Create(f).WriteState,
            _ => NullabilityState.Unknown,
        };
        return nullability != NullabilityState.NotNull;
    }

    private static string PlausibleText(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower switch
        {
            _ when lower.Contains("email") => "sweep@example.nl",
            _ when lower.Contains("postcode") || lower.Contains("postalcode") => "3511 AB",
            _ when lower.Contains("phone") => "0612345678",
            _ when lower.Contains("crebo") => "25258",
            _ when lower.Contains("url") || lower.Contains("uri") => "https://example.nl/",
            _ => "Sweep value",
        };
    }

    private static string Singular(string name) =>
        name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y" : name.TrimEnd('s');

    private static BadInput Replace(JsonNode root, List<object> path, JsonNode? value, string kind, bool mustBeRefused)
    {
        var copy = root.DeepClone();
        if (path.Count == 0)
        {
            return new BadInput(kind, value?.ToJsonString() ?? "null", mustBeRefused);
        }

        var parent = Find(copy, path.Take(path.Count - 1));
        switch (path[^1], parent)
        {
            case (string name, JsonObject o):
                o[name] = value;
                break;
            case (int index, JsonArray a) when index < a.Count:
                a[index] = value;
                break;
        }

        return new BadInput(kind, copy.ToJsonString(), mustBeRefused);
    }

    private static JsonNode? Find(JsonNode? node, IEnumerable<object> path)
    {
        foreach (var step in path)
        {
            node = step switch
            {
                string name when node is JsonObject o => o[name],
                int index when node is JsonArray a && index < a.Count => a[index],
                _ => null,
            };
        }

        return node;
    }

    private static string PathText(List<object> path) =>
        path.Count == 0 ? "body" : string.Concat(path.Select((step, i) => step is int index ? $"[{index}]" : (i == 0 ? "" : ".") + step));
}
