using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>
/// Reads the list types requests use (arrays, <c>List&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>, sets, …) with at
/// most <paramref name="maxLength"/> elements and no <c>null</c> element (unless the element type is a nullable value
/// type), naming the element that is wrong: <c>criteria[2]</c>, <c>criteria[2].note</c>. Writing is unchanged.
/// </summary>
internal sealed class BoundedListConverterFactory(int maxLength) : JsonConverterFactory
{
    private static readonly HashSet<Type> ListShapes =
    [
        typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(IEnumerable<>),
        typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>),
    ];

    private static readonly HashSet<Type> SetShapes = [typeof(HashSet<>), typeof(ISet<>), typeof(IReadOnlySet<>)];

    public override bool CanConvert(Type typeToConvert) => ElementType(typeToConvert) is not null;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        CreateConverter(typeToConvert, maxLength);

    public static JsonConverter CreateConverter(Type listType, int maxLength)
    {
        var element = ElementType(listType) ?? throw new ArgumentException($"{listType} is not a list type.", nameof(listType));
        var converter = typeof(BoundedListConverter<,>).MakeGenericType(listType, element);
        return (JsonConverter)Activator.CreateInstance(converter, maxLength, IsSet(listType))!;
    }

    public static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            // byte[] travels as base64 text, not as a list.
            return type.GetArrayRank() == 1 && element != typeof(byte) ? element : null;
        }

        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return ListShapes.Contains(definition) || SetShapes.Contains(definition) ? type.GetGenericArguments()[0] : null;
    }

    private static bool IsSet(Type type) => type.IsGenericType && SetShapes.Contains(type.GetGenericTypeDefinition());
}

internal sealed class BoundedListConverter<TList, TElement>(int maxLength, bool isSet) : JsonConverter<TList>
    where TList : IEnumerable<TElement>
{
    private static readonly bool ElementMayBeNull = Nullable.GetUnderlyingType(typeof(TElement)) is not null;

    // Looked up once per options instance (a converter belongs to one), not once per element on every response.
    private JsonTypeInfo<TElement>? _element;

    private JsonTypeInfo<TElement> Element(JsonSerializerOptions options) =>
        _element ??= (JsonTypeInfo<TElement>)options.GetTypeInfo(typeof(TElement));

    public override TList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonFieldException("This value must be a list.");
        }

        var items = new List<TElement>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var index = items.Count;
            if (index == maxLength)
            {
                throw new JsonFieldException($"This list holds more than {maxLength:N0} items; at most {maxLength:N0} are allowed.");
            }

            if (reader.TokenType == JsonTokenType.Null && !ElementMayBeNull)
            {
                throw new JsonFieldException("This item is empty (null); leave it out or fill it in.", $"[{index}]");
            }

            items.Add(ReadElement(ref reader, index, Element(options), options));
        }

        return Create(items);
    }

    public override void Write(Utf8JsonWriter writer, TList value, JsonSerializerOptions options)
    {
        var element = Element(options);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, element);
        }

        writer.WriteEndArray();
    }

    private static TElement ReadElement(ref Utf8JsonReader reader, int index, JsonTypeInfo<TElement> element, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize(ref reader, element)!;
        }
        catch (JsonException inner)
        {
            // The element was read on its own, so its path starts at the element: carry it on below this list.
            var (path, message) = JsonFieldPath.Describe(inner, options);
            throw new JsonFieldException(message, $"[{index}]{path}");
        }
    }

    private TList Create(List<TElement> items)
    {
        object result = typeof(TList).IsArray ? items.ToArray()
            : isSet ? new HashSet<TElement>(items)
            : items;
        return (TList)result;
    }
}
