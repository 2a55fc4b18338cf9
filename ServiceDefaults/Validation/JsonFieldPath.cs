using System.Text.Json;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>Turns a serializer error into the field a caller knows (<c>criteria[2].note</c>) and a message.</summary>
internal static class JsonFieldPath
{
    /// <summary>The path of the failing value below the root the exception was thrown under (<c>.note</c>, <c>[2]</c>, or empty), and its message.</summary>
    public static (string RelativePath, string Message) Describe(JsonException exception, JsonSerializerOptions options)
    {
        var below = exception.Path is { Length: > 1 } path && path[0] == '$' ? path[1..] : "";
        return exception is JsonFieldException field
            ? (below + field.RelativePath, field.Message)
            : (below, JsonErrorMessages.Describe(exception, options).Message);
    }

    /// <summary>The field name for a 400: the path without its root, or <c>body</c> when the whole body is wrong.</summary>
    public static string FieldName(string relativePath)
    {
        var field = relativePath.TrimStart('.');
        return field.Length == 0 ? "body" : field;
    }
}
