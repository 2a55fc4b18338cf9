using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Mail;
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

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<QueuedMail> QueuedMails => Set<QueuedMail>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.AddMessagingTables();
        builder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
    }
}
