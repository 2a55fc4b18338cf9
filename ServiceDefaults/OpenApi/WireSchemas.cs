using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PartnershipHub.ServiceDefaults.OpenApi;

/// <summary>
/// Describes the values our own JSON converters read and write (ServiceDefaults' bounded strings and lists, dates and
/// defined enums), which the document generator cannot see through and would leave as empty schemas ("anything"):
/// text as <c>string</c>, a <c>DateOnly</c> as a <c>date</c> string, an enum as a string with the wire format's
/// camelCase values, a list as an <c>array</c> of its element's schema; <c>null</c> where the value may be null.
/// </summary>
internal sealed class WireSchemas : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is not null && schema.Type != JsonSchemaType.Null)
        {
            return;
        }

        var declared = context.JsonTypeInfo.Type;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        JsonSchemaType described;
        if (type == typeof(string))
        {
            described = JsonSchemaType.String;
        }
        else if (type == typeof(DateOnly))
        {
            described = JsonSchemaType.String;
            schema.Format = "date";
        }
        else if (type.IsEnum)
        {
            described = JsonSchemaType.String;
            schema.Enum = [.. Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(name)))];
        }
        else if (ElementOf(type) is { } element)
        {
            described = JsonSchemaType.Array;
            schema.Items = await context.GetOrCreateSchemaAsync(element, null, cancellationToken);
        }
        else
        {
            return;
        }

        var nullable = Nullable.GetUnderlyingType(declared) is not null
            || context.JsonPropertyInfo is { } property && (property.IsGetNullable || property.IsSetNullable) && !declared.IsValueType;
        schema.Type = nullable ? described | JsonSchemaType.Null : described;
    }

    private static Type? ElementOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable
                && !typeof(System.Collections.IDictionary).IsAssignableFrom(type)
            ? enumerable.GetGenericArguments()[0]
            : null;
    }
}
