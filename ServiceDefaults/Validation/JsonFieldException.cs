using System.Text.Json;

namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>
/// A JSON value that is well-formed but outside what the service accepts (a control character, too long, an
/// undefined enum number, a date in year 1, a null in a list). The serializer fills in <see cref="JsonException.Path"/>
/// up to the value's property; <see cref="RelativePath"/> continues it inside the value (<c>[2]</c>,
/// <c>[2].note</c>), so the 400 names the exact field.
/// </summary>
public sealed class JsonFieldException(string message, string relativePath = "") : JsonException(message)
{
    public string RelativePath { get; } = relativePath;
}
