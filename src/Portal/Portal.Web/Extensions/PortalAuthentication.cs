using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using PartnershipHub.Portal.Auth;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Portal.Extensions;

public static class PortalAuthentication
{
    /// <summary>The scopes the portal asks for: the user, their roles, a refresh token, and every API it calls.</summary>
    public static readonly string[] Scopes =
        ["openid", "profile", "email", "roles", "offline_access", "students", "companies", "internships", "guidance", "identity", "notifications", "insights"];

    /// <summary>
    /// Sign-in through Identity (authorization code + PKCE, public client <c>portal</c>), kept in a cookie together with
    /// the tokens; the access token is refreshed before it expires (<see cref="CookieTokenRefresher"/>).
    /// </summary>
    public static WebApplicationBuilder AddPortalAuthentication(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var authority = configuration["Identity:Authority"]
            ?? configuration[$"services:{ResourceNames.Identity}:https:0"]
            ?? configuration[$"services:{ResourceNames.Identity}:http:0"]
            ?? "http://127.0.0.1:5101";

        builder.Services.AddSingleton(new IdentityAddress(new Uri(authority)));
        builder.Services.AddSingleton<CookieTokenRefresher>();
        builder.Services.AddHttpClient(TokenEndpointClient.HttpClientName);
        builder.Services.AddSingleton<TokenEndpointClient>(provider => new TokenEndpointClient(
            provider.GetRequiredService<IHttpClientFactory>(), authority, provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(TimeProvider.System);

        // ServiceDefaults registers JWT bearer for APIs; the portal's users sign in with a cookie instead.
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultAuthenticateScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
                options.DefaultSignOutScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "ph.portal";
                options.Cookie.SameSite = SameSiteMode.Lax;
                // It holds the user's tokens: never over plain http outside Development (loopback http there).
                options.Cookie.SecurePolicy = SecurePolicy(builder.Environment);
                options.ExpireTimeSpan = TimeSpan.FromHours(10);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = context =>
                    context.HttpContext.RequestServices.GetRequiredService<CookieTokenRefresher>().ValidateAsync(context);
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = authority;
                options.RequireHttpsMetadata = authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                options.ClientId = configuration["Identity:ClientId"] ?? "portal";
                options.ResponseType = "code";
                options.ResponseMode = "query";
                options.UsePkce = true;
                options.SaveTokens = true;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.Scope.Clear();
                foreach (var scope in Scopes)
                {
                    options.Scope.Add(scope);
                }

                options.TokenValidationParameters.NameClaimType = ClaimNames.Name;
                options.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
                // Plain http between 127.0.0.1 ports in Development: the correlation cookies demand https only outside it.
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = SecurePolicy(builder.Environment);
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = SecurePolicy(builder.Environment);
                options.Events.OnTokenValidated = AccessTokenClaims.CopyIntoIdentityAsync;
            });
        return builder;
    }

    private static CookieSecurePolicy SecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
