using System.IdentityModel.Tokens.Jwt;
using MassTransit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using PartnershipHub.Contracts;

namespace PartnershipHub.Messaging.Revocation;

/// <summary>
/// Makes a deactivation reach this API within seconds (docs/decisions/0017): Identity publishes
/// <see cref="AccountDeactivated"/>, this service stores it, and its JWT bearer handler refuses that account's tokens
/// issued before the deactivation. Call <see cref="AddRevokedAccountsTable"/> in OnModelCreating and
/// <see cref="AddAccountRevocations"/> where the service registers its consumers.
/// </summary>
public static class AccountRevocationExtensions
{
    internal const string Table = "revoked_accounts";

    public static ModelBuilder AddRevokedAccountsTable(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RevokedAccount>(revoked =>
        {
            revoked.ToTable(Table);
            revoked.HasKey(r => r.UserId);
            revoked.Property(r => r.UserId).HasColumnName("user_id").ValueGeneratedNever();
            revoked.Property(r => r.DeactivatedAt).HasColumnName("deactivated_at");
            revoked.HasIndex(r => r.DeactivatedAt);
        });
        return modelBuilder;
    }

    public static IBusRegistrationConfigurator AddAccountRevocations(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<AccountDeactivatedConsumer>();
        bus.AddInboxKey<AccountDeactivated>(deactivation => deactivation.UserId);
        bus.AddSingleton<RevokedAccounts>();
        bus.AddHostedService(provider => provider.GetRequiredService<RevokedAccounts>());
        bus.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                var revoked = context.HttpContext.RequestServices.GetRequiredService<RevokedAccounts>();
                var subject = context.Principal?.FindFirst(Microsoft.IdentityModel.JsonWebTokens.JwtRegisteredClaimNames.Sub)?.Value;
                if (Guid.TryParse(subject, out var userId) && revoked.IsRevoked(userId, IssuedAt(context.SecurityToken)))
                {
                    context.Fail("The account was deactivated after this token was issued.");
                }
            };
        });
        return bus;
    }

    /// <summary>The token's <c>iat</c>, or its <c>nbf</c> when it has none (both are set by Identity).</summary>
    private static DateTimeOffset IssuedAt(Microsoft.IdentityModel.Tokens.SecurityToken token) => token switch
    {
        JsonWebToken { IssuedAt: var issued } when issued != DateTime.MinValue => new DateTimeOffset(issued, TimeSpan.Zero),
        JwtSecurityToken { IssuedAt: var issued } when issued != DateTime.MinValue => new DateTimeOffset(issued, TimeSpan.Zero),
        _ => new DateTimeOffset(token.ValidFrom, TimeSpan.Zero),
    };
}
