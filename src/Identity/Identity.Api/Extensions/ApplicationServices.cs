using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Features.Invitations;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Infrastructure.Mail;
using PartnershipHub.Identity.Messaging;
using PartnershipHub.Identity.Security;
using PartnershipHub.Messaging;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartnershipHub.Identity.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var settings = builder.Configuration.GetSection(IdentitySettings.SectionName).Get<IdentitySettings>() ?? new IdentitySettings();
        // Without an explicit issuer, use the address the other services discover us under, so a token's issuer
        // does not depend on whether the caller wrote localhost or 127.0.0.1.
        settings.IssuerUri ??= DiscoveredAddress(builder.Configuration);
        services.AddOptions<IdentitySettings>()
            .Bind(builder.Configuration.GetSection(IdentitySettings.SectionName))
            .PostConfigure(options => options.IssuerUri ??= settings.IssuerUri);
        services.AddOptions<MailSettings>().Bind(builder.Configuration.GetSection(MailSettings.SectionName));
        services.AddServedHosts(builder.Configuration, settings);

        builder.AddDatabaseAndMessaging<IdentityDbContext>(
            ResourceNames.Identity,
            ResourceNames.IdentityDb,
            bus =>
            {
                bus.AddConsumer<TrainerRegisteredConsumer>();
                bus.AddConsumer<StudentEnrolledConsumer>();
                bus.AddConsumer<TrainerDeactivatedConsumer>();
                bus.AddConsumer<StudentErasedConsumer>();
            });

        // Reference data first: the demo accounts are given the roles it adds.
        builder.AddStartupSeed<IdentityDbContext, IdentityReferenceSeed>();
        builder.AddStartupSeed<IdentityDbContext, IdentitySeed>();

        services.AddAccounts(settings);
        services.AddOpenIddictServer(settings, builder.Environment);
        services.AddIdentityRateLimits(builder.Configuration);

        services.AddDataProtection().SetApplicationName("PartnershipHub.Identity");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<IServiceScopeFactory>())));
        services.AddExceptionHandler<UnreadableFormHandler>();
        services.AddHttpContextAccessor();
        services.AddScoped<AuditLog>();
        services.AddScoped<AccessTokenPrincipals>();
        services.AddScoped<AccountAccess>();
        services.AddScoped<InvitationSender>();
        services.AddStaffAccounts();
        services.AddSingleton<IMailSender, MailKitSender>();
        services.AddHostedService<MailDispatcher>();
        services.AddSingleton(new KeyRotationPolicy(settings.KeyLifetime));
        services.AddSingleton<KeyStore>();
        return builder;
    }

    private static Uri? DiscoveredAddress(IConfiguration configuration) =>
        (configuration[$"services:{ResourceNames.Identity}:https:0"] ?? configuration[$"services:{ResourceNames.Identity}:http:0"]) is { Length: > 0 } address
            ? new Uri(address.EndsWith('/') ? address : address + "/")
            : null;

    /// <summary>ASP.NET Identity for accounts, passwords and lockout, with its cookie for the sign-in pages only.</summary>
    private static void AddAccounts(this IServiceCollection services, IdentitySettings settings)
    {
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                // "Confirmed" means "not deactivated" (ActiveAccountConfirmation), so a deactivated user cannot sign in.
                options.SignIn.RequireConfirmedAccount = true;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<IUserConfirmation<ApplicationUser>, ActiveAccountConfirmation>();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        var securePolicy = settings.AllowHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddAuthentication(options =>
            {
                // The admin API takes this server's own access tokens; the sign-in cookie is used by name where needed.
                options.DefaultScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                options.DefaultAuthenticateScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                options.DefaultForbidScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(cookie =>
            {
                cookie.LoginPath = "/account/login";
                cookie.LogoutPath = "/connect/logout";
                cookie.Cookie.Name = "ph.identity";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = securePolicy;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
            }));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ph.antiforgery";
            options.Cookie.SecurePolicy = securePolicy;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(IdentityPolicies.UserAdministrators, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireRole(Roles.Operator, Roles.Coordinator))
            .AddPolicy(IdentityPolicies.StaffDirectoryReaders, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireRole(Roles.Mentor, Roles.Teacher, Roles.Coordinator, Roles.Care, Roles.Operator))
            .AddPolicy(IdentityPolicies.StaffContactReaders, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireRole(Roles.Mentor, Roles.Teacher, Roles.Coordinator, Roles.Care, Roles.Operator, Roles.Trainer));
    }

    private static void AddOpenIddictServer(this IServiceCollection services, IdentitySettings settings, IHostEnvironment environment)
    {
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetRevocationEndpointUris("connect/revoke");
                if (settings.IssuerUri is not null)
                {
                    server.SetIssuer(settings.IssuerUri);
                }

                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                // PKCE with S256 only, for every client: "plain" puts the verifier itself in the authorization request.
                server.Configure(options =>
                {
                    options.CodeChallengeMethods.Clear();
                    options.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
                });
                if (environment.IsDevelopment())
                {
                    // Only for the dev-tokens client that scripts and end-to-end tests use; never served elsewhere.
                    server.AllowPasswordFlow();
                }

                server.AddEventHandler(RejectControlCharacters<OpenIddictServerEvents.ValidateAuthorizationRequestContext>.Descriptor)
                    .AddEventHandler(RejectControlCharacters<OpenIddictServerEvents.ValidateTokenRequestContext>.Descriptor)
                    .AddEventHandler(RejectControlCharacters<OpenIddictServerEvents.ValidateEndSessionRequestContext>.Descriptor)
                    .AddEventHandler(RejectControlCharacters<OpenIddictServerEvents.ValidateRevocationRequestContext>.Descriptor);

                server.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, .. ApiScopes.All]);
                server.RegisterClaims([Claims.Subject, Claims.Name, Claims.Email, Claims.Role,
                    ClaimNames.StudentId, ClaimNames.StaffId, ClaimNames.CompanyId]);
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime);

                // The APIs validate plain signed JWTs with JwtBearer, which cannot read encrypted ones.
                server.DisableAccessTokenEncryption();

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableStatusCodePagesIntegration();
                if (settings.AllowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                // The admin API checks tokens in-process against this server's keys and token store, so a
                // deactivated operator's access token stops working at once too.
                validation.UseLocalServer();
                validation.AddAudiences(ApiScopes.Audiences[ApiScopes.Identity]);
                validation.EnableTokenEntryValidation();
                validation.UseAspNetCore();
            });
        services.AddSingleton<IConfigureOptions<OpenIddict.Server.OpenIddictServerOptions>, ConfigureServerKeys>();
    }
}
