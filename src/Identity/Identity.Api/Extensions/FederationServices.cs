using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Client;
using PartnershipHub.Identity.Features.Federation;
using PartnershipHub.Identity.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartnershipHub.Identity.Extensions;

/// <summary>
/// Sign-in through the school's own OpenID Connect provider(s), with OpenIddict's client: code flow with PKCE, state and
/// nonce, state tokens protected with this service's data protection keys (so any instance can finish a sign-in).
/// </summary>
public static class FederationServices
{
    public static IHostApplicationBuilder AddFederation(this IHostApplicationBuilder builder, IdentitySettings settings)
    {
        var providers = ExternalProviders.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(providers);
        builder.Services.AddScoped<FederatedSignIn>();
        if (providers.All.Count == 0)
        {
            return builder;
        }

        builder.Services.AddOpenIddict().AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow();
            // OpenIddict's client insists on keys; its state tokens are protected by data protection (below), not by these.
            client.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            client.UseDataProtection();
            client.SetRedirectionEndpointUris([.. providers.All.Keys.Select(FederationApi.CallbackPath)]);

            var aspNetCore = client.UseAspNetCore()
                .EnableRedirectionEndpointPassthrough()
                // Errors (the provider's or a stale state) reach our callback, which answers with a page of its own.
                .EnableErrorPassthrough();
            if (settings.AllowHttp)
            {
                aspNetCore.DisableTransportSecurityRequirement();
            }

            client.UseSystemNetHttp().SetProductInformation(typeof(FederationServices).Assembly);

            foreach (var (name, provider) in providers.All)
            {
                var registration = new OpenIddictClientRegistration
                {
                    RegistrationId = name,
                    Issuer = provider.Authority,
                    ProviderName = name,
                    ProviderDisplayName = provider.DisplayName,
                    ClientId = provider.ClientId,
                    ClientSecret = string.IsNullOrWhiteSpace(provider.ClientSecret) ? null : provider.ClientSecret,
                    RedirectUri = new Uri(FederationApi.CallbackPath(name), UriKind.Relative),
                };
                registration.Scopes.Add(Scopes.OpenId);
                registration.Scopes.UnionWith(provider.EffectiveScopes);
                client.AddRegistration(registration);
            }
        });

        builder.Services.AddSingleton<IPostConfigureOptions<HttpClientFactoryOptions>, SchoolProviderHttpClients>();
        builder.Services.AddSingleton<ILogger<OpenIddictClientDispatcher>, SchoolProviderLogger>();
        return builder;
    }
}
