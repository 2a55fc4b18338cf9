using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Persistence;

namespace PartnershipHub.Notifications.Infrastructure.EntityConfigurations;

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> item)
    {
        item.ToTable("work_items");
        item.Property(i => i.Id).ValueGeneratedNever();
        item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        item.Property(i => i.RecipientKind).HasConversion<string>().HasMaxLength(10);
        item.Property(i => i.EscalatedToKind).HasConversion<string>().HasMaxLength(10);
        item.Property(i => i.SubjectKey).HasMaxLength(200);
        item.Property(i => i.Link).HasMaxLength(300);
        item.Property(i => i.ClosedBy).HasMaxLength(100);
        item.Property(i => i.CloseReason).HasMaxLength(500);
        item.Property(i => i.Parameters).HasJsonColumn();
        item.Ignore(i => i.IsOpen);
        item.HasIndex(i => new { i.Kind, i.SubjectKey, i.RecipientKind, i.RecipientId }).IsUnique();
        item.HasIndex(i => new { i.RecipientKind, i.RecipientId, i.ClosedAt });
        item.HasIndex(i => new { i.EscalatedToKind, i.EscalatedToId, i.ClosedAt });
        item.HasIndex(i => i.StudentId);
        item.HasIndex(i => i.DueAt).HasFilter("closed_at IS NULL");
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("notifications");
        notification.Property(n => n.Id).ValueGeneratedNever();
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        notification.Property(n => n.RecipientKind).HasConversion<string>().HasMaxLength(10);
        notification.Property(n => n.MailState).HasConversion<string>().HasMaxLength(10);
        notification.Property(n => n.DedupeKey).HasMaxLength(200);
        notification.Property(n => n.Link).HasMaxLength(300);
        notification.Property(n => n.Parameters).HasJsonColumn();
        notification.HasIndex(n => new { n.RecipientKind, n.RecipientId, n.DedupeKey }).IsUnique();
        notification.HasIndex(n => new { n.RecipientKind, n.RecipientId, n.CreatedAt });
        notification.HasIndex(n => new { n.RecipientKind, n.RecipientId }).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
        notification.HasIndex(n => n.MailState).HasFilter("mail_state = 'Pending'").HasDatabaseName("ix_notifications_mail_pending");
        notification.HasIndex(n => n.StudentId);
        notification.HasIndex(n => n.WorkItemId);
    }
}

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> mail)
    {
        mail.ToTable("outgoing_mails");
        mail.Property(m => m.Id).ValueGeneratedNever();
        mail.Property(m => m.Kind).HasConversion<string>().HasMaxLength(10);
        mail.Property(m => m.RecipientKind).HasConversion<string>().HasMaxLength(10);
        mail.Property(m => m.Language).HasMaxLength(5);
        mail.Property(m => m.MessageId).HasMaxLength(200);
        mail.Property(m => m.LastError).HasMaxLength(1000);
        mail.HasIndex(m => new { m.RecipientKind, m.RecipientId, m.DigestDate }).IsUnique().HasFilter("digest_date IS NOT NULL");
        mail.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outgoing_mails_waiting");
        // The urgent job asks, per person with urgent lines waiting, when their last urgent mail was made.
        mail.HasIndex(m => new { m.RecipientKind, m.RecipientId, m.CreatedAt });
    }
}

internal sealed class PreferenceConfiguration : IEntityTypeConfiguration<Preference>
{
    public void Configure(EntityTypeBuilder<Preference> preference)
    {
        preference.ToTable("preferences");
        preference.HasKey(p => new { p.RecipientKind, p.RecipientId });
        preference.Property(p => p.RecipientKind).HasConversion<string>().HasMaxLength(10);
        preference.Property(p => p.Language).HasMaxLength(5);
        preference.Property(p => p.MutedKinds).HasJsonColumn();
    }
}

internal sealed class ScheduledJobConfiguration : IEntityTypeConfiguration<ScheduledJob>
{
    public void Configure(EntityTypeBuilder<ScheduledJob> job)
    {
        job.ToTable("scheduled_jobs");
        job.HasKey(j => j.Name);
        job.Property(j => j.Name).HasMaxLength(100);
        job.Property(j => j.LastRunBy).HasMaxLength(200);
    }
}
