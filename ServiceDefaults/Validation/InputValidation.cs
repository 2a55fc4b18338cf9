using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace PartnershipHub.ServiceDefaults.Validation;

/// <summary>
/// Puts <see cref="InputLimits"/> at the edge of every service: into the JSON options minimal APIs read request bodies
/// with, and (through <see cref="RequestValueGuard"/>) onto query, route and form values. A refused value becomes a
/// 400 naming the field through the usual <c>BadRequestExceptionHandler</c>.
/// </summary>
public static class InputValidation
{
    public static TBuilder AddInputValidation<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // After every service's own ConfigureHttpJsonOptions, so the bounds wrap the enum spelling it chose.
        builder.Services.PostConfigure<HttpJsonOptions>(options => Apply(options.SerializerOptions));
        return builder;
    }

    public static IApplicationBuilder UseInputValidation(this IApplicationBuilder app) => app.UseMiddleware<RequestValueGuard>();

    /// <summary>Adds the bounds to <paramref name="options"/> (not yet used for any (de)serialization).</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        if (options.Converters.Any(c => c is BoundedStringConverter))
        {
            return;
        }

        options.Converters.Insert(0, new BoundedStringConverter(InputLimits.MaxTextLength));
        options.Converters.Insert(1, new BoundedListConverterFactory(InputLimits.MaxListLength));
        options.Converters.Insert(2, new DateOnlyRangeConverter());
        options.Converters.Insert(3, new DateTimeRangeConverter());
        options.Converters.Insert(4, new DateTimeOffsetRangeConverter());
        options.Converters.Insert(5, new DefinedEnumConverterFactory());
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(ApplyDeclaredBounds);
    }

    /// <summary>A property's own <c>[MaxLength]</c>/<c>[StringLength]</c> replaces the default bound for it.</summary>
    private static void ApplyDeclaredBounds(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            if (DeclaredMaximum(property) is not { } maximum)
            {
                continue;
            }

            if (property.PropertyType == typeof(string))
            {
                property.CustomConverter = new BoundedStringConverter(maximum);
            }
            else if (BoundedListConverterFactory.ElementType(property.PropertyType) is not null)
            {
                property.CustomConverter = BoundedListConverterFactory.CreateConverter(property.PropertyType, maximum);
            }
        }
    }

    private static int? DeclaredMaximum(JsonPropertyInfo property)
    {
        // A record's positional parameter carries the attribute unless it was written [property: MaxLength(..)].
        ICustomAttributeProvider?[] providers = [property.AttributeProvider, property.AssociatedParameter?.AttributeProvider];
        foreach (var provider in providers.OfType<ICustomAttributeProvider>())
        {
            foreach (var attribute in provider.GetCustomAttributes(inherit: true))
            {
                switch (attribute)
                {
                    case MaxLengthAttribute { Length: > 0 } max:
                        return max.Length;
                    case StringLengthAttribute length:
                        return length.MaximumLength;
                }
            }
        }

        return null;
    }
}
