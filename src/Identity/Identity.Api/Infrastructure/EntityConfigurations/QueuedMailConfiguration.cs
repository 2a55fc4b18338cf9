using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Identity.Infrastructure.Mail;

namespace PartnershipHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class QueuedMailConfiguration : IEntityTypeConfiguration<QueuedMail>
{
    public void Configure(EntityTypeBuilder<QueuedMail> mail)
    {
        // snake_case columns: the dispatcher selects with raw SQL (FOR UPDATE SKIP LOCKED).
        mail.ToTable("queued_mails");
        mail.HasKey(m => m.Id);
        mail.Property(m => m.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        mail.Property(m => m.ToAddress).HasColumnName("to_address").HasMaxLength(256);
        mail.Property(m => m.ToName).HasColumnName("to_name").HasMaxLength(200);
        mail.Property(m => m.Subject).HasColumnName("subject").HasMaxLength(300);
        mail.Property(m => m.TextBody).HasColumnName("text_body");
        mail.Property(m => m.HtmlBody).HasColumnName("html_body");
        mail.Property(m => m.CreatedAt).HasColumnName("created_at");
        mail.Property(m => m.Attempts).HasColumnName("attempts");
        mail.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
        mail.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(2000);
    }
}
