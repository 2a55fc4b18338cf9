using System.Text.Json.Nodes;

namespace PartnershipHub.Contract.Tests;

/// <summary>One API's OpenAPI document, read as JSON: operations by method and path, schemas with references resolved.</summary>
public sealed class OpenApiDocument(string service, JsonObject root)
{
    public string Service { get; } = service;

    public JsonObject Root { get; } = root;

    /// <summary>
    /// The operation a request for <paramref name="path"/> (query ignored) reaches, matching templated segments
    /// (<c>{id}</c>) against any value and preferring the template with the most literal segments, as routing does.
    /// </summary>
    public Operation? Find(HttpMethod method, string path)
    {
        var segments = Segments(path.Split('?')[0]);
        var best = ((string Template, JsonObject Operation)?)null;
        var bestLiterals = -1;
        foreach (var (template, item) in Root["paths"]?.AsObject() ?? [])
        {
            if (item?[method.Method.ToLowerInvariant()] is not JsonObject operation)
            {
                continue;
            }

            var templateSegments = Segments(template);
            if (templateSegments.Length != segments.Length)
            {
                continue;
            }

            var literals = 0;
            var matches = true;
            for (var i = 0; i < segments.Length && matches; i++)
            {
                if (templateSegments[i].StartsWith('{'))
                {
                    continue;
                }

                matches = string.Equals(templateSegments[i], segments[i], StringComparison.OrdinalIgnoreCase);
                literals++;
            }

            if (matches && literals > bestLiterals)
            {
                best = (template, operation);
                bestLiterals = literals;
            }
        }

        return best is { } found ? new Operation(this, method, found.Template, found.Operation) : null;
    }

    /// <summary>Follows <c>$ref</c>s (<c>#/components/schemas/X</c>) until a schema that is not only a reference.</summary>
    public JsonObject Resolve(JsonObject schema)
    {
        var seen = 0;
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            if (++seen > 32)
            {
                throw new InvalidOperationException($"{Service}: reference cycle at {reference}.");
            }

            JsonNode? target = Root;
            foreach (var part in reference.TrimStart('#', '/').Split('/'))
            {
                target = target?[part.Replace("~1", "/").Replace("~0", "~")];
            }

            schema = target as JsonObject ?? throw new InvalidOperationException($"{Service}: unresolved reference {reference}.");
        }

        return schema;
    }

    private static string[] Segments(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>One operation of a document: the schemas of its JSON request body and of its first successful JSON answer.</summary>
public sealed record Operation(OpenApiDocument Document, HttpMethod Method, string Template, JsonObject Node)
{
    public override string ToString() => $"{Document.Service}: {Method} {Template}";

    public JsonObject? RequestSchema => JsonSchemaOf(Node["requestBody"]?["content"]);

    public JsonObject? ResponseSchema =>
        (Node["responses"]?.AsObject() ?? [])
            .Where(response => response.Key.StartsWith('2'))
            .OrderBy(response => response.Key, StringComparer.Ordinal)
            .Select(response => JsonSchemaOf(response.Value?["content"]))
            .FirstOrDefault(schema => schema is not null);

    /// <summary>Whether the operation reads a request body at all (of any content type).</summary>
    public bool HasRequestBody => Node["requestBody"] is not null;

    private static JsonObject? JsonSchemaOf(JsonNode? content) =>
        (content?.AsObject() ?? [])
            .Where(media => media.Key.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || media.Key.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            .Select(media => media.Value?["schema"] as JsonObject)
            .FirstOrDefault(schema => schema is not null);
}
