using Microsoft.EntityFrameworkCore;
using PartnershipHub.Messaging;

namespace PartnershipHub.Testing.Ledger;

/// <summary>A minimal service database: ledger entries as the state, plus the outbox and inbox tables.</summary>
public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : DbContext(options)
{
    public const int MaxAccountLength = 40;

    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<LedgerEntry>(entry =>
        {
            entry.ToTable("ledger_entries");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => e.EventId);
            entry.Property(e => e.Account).HasMaxLength(MaxAccountLength);
        });
    }
}
