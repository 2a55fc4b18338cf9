using System.Reflection;
using System.Security.Claims;
using System.Threading;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Sweep.Tests.Hosting;

namespace PartnershipHub.Sweep.Tests.Routes;

/// <summary>
/// Reads a running host's endpoints from its <see cref="EndpointDataSource"/>, so an endpoint added tomorrow is swept
/// without anyone listing it. Left out: the health probes (anonymous plain-text answers for the orchestrator, not an
/// API). Endpoints marked ExcludeFromDescription, Identity's OpenIddict protocol endpoints (/connect: form posts
/// answered in OAuth's own error format) and its sign-in pages (/account: HTML forms behind antiforgery), take no JSON
/// and answer in their own formats: they get only a smaller set (odd query values, anonymous) held to "no 5xx".
/// </summary>
public static class RouteTable
{
    private static readonly HashSet<string> HealthProbes = ["/health", "/alive"];

    public static (IReadOnlyList<SweptEndpoint> Swept, IReadOnlyList<string> Excluded) Read(SweptService service)
    {
        var swept = new List<SweptEndpoint>();
        var excluded = new List<string>();
        var policies = service.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var isService = service.Services.GetRequiredService<IServiceProviderIsService>();
        foreach (var endpoint in service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            if (HealthProbes.Contains(route))
            {
                excluded.Add($"{route}: health probe");
                continue;
            }

            var isJsonApi = endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true };
            if (!isJsonApi)
            {
                excluded.Add($"{string.Join(",", methods)} {route}: not a JSON API, odd query values only");
            }

            var policy = PolicyOf(endpoint, policies);
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
            var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
            var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var parameters = endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>();
            var routeParameters = endpoint.RoutePattern.Parameters
                .Select(p => new SweptParameter(p.Name, parameters.FirstOrDefault(b => string.Equals(b.Name, p.Name, StringComparison.OrdinalIgnoreCase))?.ParameterInfo.ParameterType ?? typeof(string)))
                .ToList();
            var queryParameters = parameters
                .Where(p => !routeNames.Contains(p.Name) && IsQueryValue(p, accepts, isService))
                .Select(p => new SweptParameter(p.Name, p.ParameterInfo.ParameterType, p.IsOptional))
                .ToList();
            // A handler that takes the HttpRequest reads the body itself (the CSV imports); one that takes the
            // HttpContext only wants the user or the abort token.
            var readsRawBody = accepts is null && handler is not null && handler.GetParameters().Any(p => p.ParameterType == typeof(HttpRequest))
                && methods.Any(m => m is "POST" or "PUT" or "PATCH");
            foreach (var method in methods)
            {
                swept.Add(new SweptEndpoint(service, method, endpoint.RoutePattern, policy,
                    accepts?.RequestType, accepts?.IsOptional ?? false, readsRawBody, routeParameters, queryParameters, isJsonApi));
            }
        }

        return (swept, excluded);
    }

    /// <summary>What the authorization middleware applies: the endpoint's own data and policies, else the fallback.</summary>
    private static AuthorizationPolicy? PolicyOf(Endpoint endpoint, IAuthorizationPolicyProvider policies)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return null;
        }

        var combined = AuthorizationPolicy.CombineAsync(
            policies,
            endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
            endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()).GetAwaiter().GetResult();
        return combined ?? policies.GetFallbackPolicyAsync().GetAwaiter().GetResult();
    }

    /// <summary>A value the framework binds from the query string: parsable from text, not the body, not a service.</summary>
    private static bool IsQueryValue(IParameterBindingMetadata parameter, IAcceptsMetadata? accepts, IServiceProviderIsService isService)
    {
        var info = parameter.ParameterInfo;
        var type = Nullable.GetUnderlyingType(info.ParameterType) ?? info.ParameterType;
        if (info.GetCustomAttribute<FromQueryAttribute>() is not null)
        {
            return true;
        }

        if (info.GetCustomAttributes().Any(a => a is IFromServiceMetadata or IFromBodyMetadata or IFromHeaderMetadata or IFromFormMetadata)
            || type == accepts?.RequestType || type == typeof(CancellationToken) || type == typeof(ClaimsPrincipal) || isService.IsService(type))
        {
            return false;
        }

        return type == typeof(string) || parameter.HasTryParse || (type.IsArray && type.GetElementType() is { } element
            && (element == typeof(string) || element.IsEnum || element.IsPrimitive || element == typeof(Guid)));
    }
}
