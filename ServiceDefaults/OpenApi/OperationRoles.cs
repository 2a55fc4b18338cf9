using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace PartnershipHub.ServiceDefaults.OpenApi;

/// <summary>
/// Writes into each operation of the OpenAPI document who may call it, read from the endpoint's own authorization (the
/// same policy the middleware applies, so the document cannot drift from it): <c>x-roles</c> lists the roles (empty
/// when any signed-in caller passes the role check), <c>x-anonymous</c> marks operations without sign-in, and the
/// description says it in a sentence. Relationship checks (this mentor's mentee) are the endpoint's own and are not
/// in the document.
/// </summary>
internal sealed class OperationRoles : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        var policy = metadata.OfType<IAllowAnonymous>().Any()
            ? null
            : await PolicyOf(metadata, context.ApplicationServices.GetRequiredService<IAuthorizationPolicyProvider>());
        if (policy is null)
        {
            operation.Extensions["x-anonymous"] = new JsonNodeExtension(JsonValue.Create(true));
            operation.Description = Append(operation.Description, "Anonymous: no sign-in needed.");
            return;
        }

        var roles = RolesOf(policy);
        operation.Extensions["x-roles"] = new JsonNodeExtension(new JsonArray([.. roles.Select(r => JsonValue.Create(r))]));
        operation.Description = Append(operation.Description, roles.Count == 0
            ? "Any signed-in caller."
            : $"Roles: {string.Join(", ", roles)}.");
    }

    /// <summary>The roles a caller needs: every roles requirement of the policy must hold, so the roles all of them allow.</summary>
    internal static IReadOnlyList<string> RolesOf(AuthorizationPolicy policy)
    {
        IEnumerable<string>? roles = null;
        foreach (var requirement in policy.Requirements.OfType<RolesAuthorizationRequirement>())
        {
            roles = roles is null ? requirement.AllowedRoles : roles.Intersect(requirement.AllowedRoles);
        }

        return roles?.Distinct().Order(StringComparer.Ordinal).ToList() ?? [];
    }

    private static async Task<AuthorizationPolicy?> PolicyOf(IList<object> metadata, IAuthorizationPolicyProvider provider) =>
        await AuthorizationPolicy.CombineAsync(provider, metadata.OfType<IAuthorizeData>(), metadata.OfType<AuthorizationPolicy>())
        ?? await provider.GetFallbackPolicyAsync();

    private static string Append(string? description, string sentence) =>
        string.IsNullOrEmpty(description) ? sentence : $"{description}\n\n{sentence}";
}
