using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;

namespace Microsoft.Extensions.Hosting;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer tokens from the Identity service. The authority comes from <c>Identity:Authority</c>, or else
    /// from the discovery key the AppHost sets (<c>services:identity:http:0</c>); the audience is
    /// <c>Identity:Audience</c> (one per API). Every endpoint needs a signed-in user unless it says otherwise.
    /// </summary>
    public static TBuilder AddDefaultAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var configuration = builder.Configuration;
        var authority = configuration["Identity:Authority"]
            ?? configuration[$"services:{ResourceNames.Identity}:https:0"]
            ?? configuration[$"services:{ResourceNames.Identity}:http:0"];
        var audience = configuration["Identity:Audience"];

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = authority;
                options.Audience = audience;
                options.RequireHttpsMetadata = authority?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ?? false;
                // Keep the claim names as Identity issues them (role, sub, company_id), not the WS-* URIs.
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = ClaimNames.Name;
                options.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
                options.TokenValidationParameters.ValidateAudience = !string.IsNullOrEmpty(audience);
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Student, policy => policy.RequireRole(Roles.Student).RequireClaim(ClaimNames.StudentId))
            .AddPolicy(Policies.Mentor, policy => policy.RequireRole(Roles.Mentor).RequireClaim(ClaimNames.StaffId))
            .AddPolicy(Policies.Teacher, policy => policy.RequireRole(Roles.Teacher).RequireClaim(ClaimNames.StaffId))
            .AddPolicy(Policies.Coordinator, policy => policy.RequireRole(Roles.Coordinator))
            .AddPolicy(Policies.Trainer, policy => policy.RequireRole(Roles.Trainer).RequireClaim(ClaimNames.CompanyId))
            .AddPolicy(Policies.Care, policy => policy.RequireRole(Roles.Care).RequireClaim(ClaimNames.StaffId))
            .AddPolicy(Policies.Operator, policy => policy.RequireRole(Roles.Operator))
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(Roles.Staff))
            .AddPolicy(Policies.StaffOrTrainer, policy => policy.RequireRole([.. Roles.Staff, Roles.Trainer]));

        return builder;
    }
}
