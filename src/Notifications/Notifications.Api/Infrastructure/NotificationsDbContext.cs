using Microsoft.EntityFrameworkCore;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;
using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Infrastructure;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<StudentCopy> Students => Set<StudentCopy>();

    public DbSet<StaffCopy> Staff => Set<StaffCopy>();

    public DbSet<TrainerCopy> Trainers => Set<TrainerCopy>();

    public DbSet<PlacementCopy> Placements => Set<PlacementCopy>();

    public DbSet<PeriodCopy> Periods => Set<PeriodCopy>();

    public DbSet<AssignmentCopy> Assignments => Set<AssignmentCopy>();

    public DbSet<GuidanceRhythm> Rhythms => Set<GuidanceRhythm>();

    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutgoingMail> Mails => Set<OutgoingMail>();

    public DbSet<Preference> Preferences => Set<Preference>();

    public DbSet<ScheduledJob> Jobs => Set<ScheduledJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddRevokedAccountsTable();
    }
}
