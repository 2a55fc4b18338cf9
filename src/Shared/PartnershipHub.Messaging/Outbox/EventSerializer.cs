using System.Collections.Concurrent;
using System.Text.Json;

namespace PartnershipHub.Messaging.Outbox;

/// <summary>Stores events as JSON with a version-free type name, so a redeploy can still read rows written before it.</summary>
internal static class EventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private static readonly ConcurrentDictionary<string, Type> TypesByName = new();

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static string Serialize(object message) => JsonSerializer.Serialize(message, message.GetType(), Options);

    /// <summary>The type a stored type name stands for, or null when this service does not know it.</summary>
    public static Type? TryResolve(string typeName)
    {
        if (TypesByName.TryGetValue(typeName, out var known))
        {
            return known;
        }

        var type = Type.GetType(typeName, throwOnError: false);
        return type is null ? null : TypesByName.GetOrAdd(typeName, type);
    }
}
