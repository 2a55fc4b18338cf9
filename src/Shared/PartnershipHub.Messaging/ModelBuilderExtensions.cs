using Microsoft.EntityFrameworkCore;
using PartnershipHub.Messaging.Inbox;
using PartnershipHub.Messaging.Outbox;

namespace PartnershipHub.Messaging;

public static class ModelBuilderExtensions
{
    internal const string OutboxTable = "outbox_messages";
    internal const string InboxTable = "inbox_processed_messages";

    /// <summary>Adds the outbox and inbox tables to a service's model; call it from OnModelCreating so migrations create them.</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(OutboxTable);
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).HasColumnName("id").UseIdentityAlwaysColumn();
            outbox.Property(m => m.MessageId).HasColumnName("message_id");
            outbox.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(500);
            outbox.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
            outbox.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            outbox.Property(m => m.SentAt).HasColumnName("sent_at");
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(2000);
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(OutboxMessage.MaxTraceParentLength);
            outbox.HasIndex(m => m.MessageId).IsUnique();
            // The dispatcher only ever reads unsent rows: keep that index small.
            outbox.HasIndex(m => m.Id).HasDatabaseName("ix_outbox_messages_unsent").HasFilter("sent_at IS NULL");
        });

        modelBuilder.Entity<ProcessedMessage>(inbox =>
        {
            inbox.ToTable(InboxTable);
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.MessageId).HasColumnName("message_id");
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(300);
            inbox.Property(m => m.ProcessedAt).HasColumnName("processed_at");
            inbox.HasIndex(m => m.ProcessedAt);
        });

        return modelBuilder;
    }
}
