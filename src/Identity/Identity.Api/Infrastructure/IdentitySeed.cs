using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Extensions;
using PartnershipHub.Messaging;
using PartnershipHub.Persistence;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartnershipHub.Identity.Infrastructure;

/// <summary>
/// Start-up data, idempotent: the roles, the clients (updated to match configuration on every start) and, in
/// Development only, the dev-tokens client; when <see cref="DemoData"/> asks for it (Development only), one demo user per role.
/// </summary>
public static class IdentitySeed
{
    public const string PortalClientId = "portal";
    public const string ServicesClientId = "services";
    public const string DevTokensClientId = "dev-tokens";

    public static async Task SeedIdentityAsync(this IHost app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.GetConnectionString()!;
        // Replicas starting together would both create the same roles and users.
        await ReplicaLock.RunAsync(connectionString, "identity-seed", () => SeedAsync(scope.ServiceProvider));
    }

    private static async Task SeedAsync(IServiceProvider services)
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
        await UpsertAsync(applications, PortalClient(settings.Clients.Portal));
        if (!string.IsNullOrEmpty(settings.Clients.ServicesSecret))
        {
            await UpsertAsync(applications, ServicesClient(settings.Clients.ServicesSecret));
        }

        if (DemoData.IsRequested(services.GetRequiredService<IConfiguration>(), environment))
        {
            await SeedDemoUsersAsync(services.GetRequiredService<UserManager<ApplicationUser>>(), services.GetRequiredService<TimeProvider>());
        }

        if (environment.IsDevelopment())
        {
            await UpsertAsync(applications, DevTokensClient());
        }
        else if (await applications.FindByClientIdAsync(DevTokensClientId) is { } devTokens)
        {
            // A database that once served Development must not keep a password-grant client in other environments.
            await applications.DeleteAsync(devTokens);
        }
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
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
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
                Permissions.Endpoints.Token, Permissions.GrantTypes.Password,
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

    private static async Task UpsertAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor);
        }
    }

    private static async Task SeedDemoUsersAsync(UserManager<ApplicationUser> users, TimeProvider time)
    {
        foreach (var demo in DemoAccounts.All)
        {
            if (await users.FindByIdAsync(demo.UserId.ToString()) is not null)
            {
                continue;
            }

            var user = ApplicationUser.Create(demo.Email, demo.DisplayName, time.GetUtcNow());
            user.Id = demo.UserId;
            user.EmailConfirmed = true;
            user.StaffId = demo.StaffId;
            user.StudentId = demo.StudentId;
            if (demo is { TrainerId: { } trainerId, CompanyId: { } companyId })
            {
                user.LinkTrainer(trainerId, companyId, version: 0);
            }

            await users.CreateAsync(user, DemoAccounts.Password);
            await users.AddToRoleAsync(user, demo.Role);
        }
    }
}
