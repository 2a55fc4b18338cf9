using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PartnershipHub.Testing;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartnershipHub.Identity.Tests.Infrastructure.Federation;

/// <summary>
/// A school's OpenID Connect provider of the tests' own: OpenIddict's server on 127.0.0.1 at a free port, with its
/// own database and ephemeral keys, authorization code + PKCE only. Its "sign-in" is automatic: the authorization
/// endpoint issues an identity token for <see cref="NextPerson"/>, or answers <c>access_denied</c> when there is none.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "partnershiphub";
    public const string ClientSecret = "test-provider-secret";
    public const string EmployeeNumberClaim = "employee_number";
    public const string StudentNumberClaim = "student_number";

    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private TestIdentityProvider(WebApplication app, TestDatabase database, Uri authority)
    {
        _app = app;
        _database = database;
        Authority = authority;
    }

    public Uri Authority { get; }

    public ProviderPerson? NextPerson { get; set; }

    /// <summary>Starts the provider, which accepts the given redirect URIs (the Identity host's callbacks) for its one client.</summary>
    public static async Task<TestIdentityProvider> StartAsync(IEnumerable<Uri> redirectUris)
    {
        var database = await TestDatabase.CreateAsync("idp");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddDbContext<ProviderDbContext>(options => options.UseNpgsql(database.ConnectionString).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ProviderDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                server.RegisterScopes(Scopes.Email, Scopes.Profile);
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        builder.Services.AddAuthentication();

        var app = builder.Build();
        TestIdentityProvider? provider = null;
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) => provider!.Authorize(context));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDbContext>().Database.EnsureCreatedAsync();
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = ClientId,
                ClientSecret = ClientSecret,
                ClientType = ClientTypes.Confidential,
                Permissions =
                {
                    Permissions.Endpoints.Authorization,
                    Permissions.Endpoints.Token,
                    Permissions.GrantTypes.AuthorizationCode,
                    Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Email,
                    Permissions.Scopes.Profile,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            };
            foreach (var uri in redirectUris)
            {
                descriptor.RedirectUris.Add(uri);
            }

            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(descriptor);
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        provider = new TestIdentityProvider(app, database, new Uri(address.TrimEnd('/') + "/"));
        return provider;
    }

    /// <summary>An address on 127.0.0.1 where nothing listens: a provider that is down.</summary>
    public static Uri Unreachable()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("No OpenIddict request.");
        if (NextPerson is not { } person)
        {
            return Results.Forbid(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The test provider signs nobody in.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity("test-provider", Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, person.Subject));
        if (person.Email is not null)
        {
            identity.AddClaim(new Claim(Claims.Email, person.Email));
        }

        if (person.EmailVerified is { } verified)
        {
            identity.AddClaim(new Claim(Claims.EmailVerified, verified ? "true" : "false", ClaimValueTypes.Boolean));
        }

        if (person.EmployeeNumber is not null)
        {
            identity.AddClaim(new Claim(EmployeeNumberClaim, person.EmployeeNumber));
        }

        if (person.StudentNumber is not null)
        {
            identity.AddClaim(new Claim(StudentNumberClaim, person.StudentNumber));
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
