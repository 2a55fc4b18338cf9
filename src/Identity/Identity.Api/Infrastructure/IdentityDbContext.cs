using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure.Mail;
using PartnershipHub.Identity.Security;
using PartnershipHub.Messaging;

namespace PartnershipHub.Identity.Infrastructure;

/// <summary>ASP.NET Identity's users and roles, OpenIddict's clients and tokens, invitations, keys, queued mail, the audit log and the outbox/inbox.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<TrainerLink> TrainerLinks => Set<TrainerLink>();

    public DbSet<TrainerDeparture> TrainerDepartures => Set<TrainerDeparture>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<PasswordReset> PasswordResets => Set<PasswordReset>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<QueuedMail> QueuedMails => Set<QueuedMail>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SignInCode> SignInCodes => Set<SignInCode>();

    public DbSet<PasskeyCredential> PasskeyCredentials => Set<PasskeyCredential>();

    public DbSet<PasskeyCeremony> PasskeyCeremonies => Set<PasskeyCeremony>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        // ASP.NET Identity and OpenIddict name their tables explicitly (AspNetUsers), which the naming convention
        // leaves alone; snake_case them like every other table (the convention already does their columns and keys).
        builder.Entity<ApplicationUser>().ToTable("asp_net_users");
        builder.Entity<IdentityRole<Guid>>().ToTable("asp_net_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("asp_net_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("asp_net_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("asp_net_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("asp_net_user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("asp_net_role_claims");
        builder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_applications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_tokens");
        builder.AddMessagingTables();
        builder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
    }
}
