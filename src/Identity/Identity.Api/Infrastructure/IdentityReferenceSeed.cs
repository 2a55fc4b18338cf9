using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Security;
using PartnershipHub.Messaging;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartnershipHub.Identity.Infrastructure;

/// <summary>
/// Reference data every environment needs, idempotent: the roles and the clients (updated to match configuration on
/// every start) and, in Development only, the dev-tokens client (removed elsewhere). The demo accounts are
/// <see cref="IdentitySeed"/>'s, which runs after this one.
/// </summary>
public sealed class IdentityReferenceSeed : IStartupSeed
{
    public const string PortalClientId = "portal";
    public const string ServicesClientId = "services";
    public const string DevTokensClientId = "dev-tokens";

    public string Name => "identity-reference";

    public SeedKind Kind => SeedKind.Reference;

    public async Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var environment = services.GetRequiredService<IHostEnvironment>();
        var settings = services.GetRequiredService<IOptions<IdentitySettings>>().Value;

        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() });
            }
        }

        var applications = services.GetRequiredService<IOpenIddictApplicationManager>();
        await UpsertAsync(applications, PortalClient(settings.Clients.Portal), cancellationToken);
        if (!string.IsNullOrEmpty(settings.Clients.ServicesSecret))
        {
            await UpsertAsync(applications, ServicesClient(settings.Clients.ServicesSecret), cancellationToken);
        }

        if (environment.IsDevelopment())
        {
            await UpsertAsync(applications, DevTokensClient(), cancellationToken);
        }
        else if (await applications.FindByClientIdAsync(DevTokensClientId, cancellationToken) is { } devTokens)
        {
            // A database that once served Development must not keep a password-grant client in other environments.
            await applications.DeleteAsync(devTokens, cancellationToken);
        }

        return SeedOutcome.Done;
    }

    private static OpenIddictApplicationDescriptor PortalClient(PortalClientSettings portal)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = PortalClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "PartnershipHub portal",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        AddApiScopes(descriptor);
        foreach (var uri in portal.EffectiveRedirectUris)
        {
            descriptor.RedirectUris.Add(uri);
        }

        foreach (var uri in portal.EffectivePostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(uri);
        }

        return descriptor;
    }

    private static OpenIddictApplicationDescriptor ServicesClient(string secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ServicesClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "PartnershipHub services",
            // Revocation: OpenIddict lets a client revoke only tokens issued to it, so this permits nothing more.
            Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials },
        };
        AddApiScopes(descriptor);
        return descriptor;
    }

    private static OpenIddictApplicationDescriptor DevTokensClient()
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = DevTokensClientId,
            ClientType = ClientTypes.Public,
            DisplayName = "Development scripts and end-to-end tests",
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.Password,
                Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
            },
        };
        AddApiScopes(descriptor);
        return descriptor;
    }

    private static void AddApiScopes(OpenIddictApplicationDescriptor descriptor)
    {
        foreach (var scope in ApiScopes.All)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
    }

    private static async Task UpsertAsync(
        IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }
}
