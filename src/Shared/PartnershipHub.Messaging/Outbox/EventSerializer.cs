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

    public static (object Message, Type Type) Deserialize(string typeName, string payload)
    {
        var type = TypesByName.GetOrAdd(typeName, name => Type.GetType(name, throwOnError: false)
            ?? throw new InvalidOperationException($"Outbox message type '{name}' is not known to this service."));
        var message = JsonSerializer.Deserialize(payload, type, Options)
            ?? throw new InvalidOperationException($"Outbox payload for '{typeName}' is empty.");
        return (message, type);
    }
}
