using Microsoft.EntityFrameworkCore;
using PartnershipHub.Messaging.Inbox;
using Xunit;

namespace PartnershipHub.Messaging.Tests;

/// <summary>Which of a consumer's unsaved changes the inbox batch may take over, and which its own SaveChanges keeps.</summary>
public sealed class InboxWriteBehindRulesTests
{
    [Fact]
    public void Plain_new_rows_move_to_the_batch_and_leave_the_consumer_context_empty()
    {
        using var batch = NewContext();
        using var consumer = NewContext();
        consumer.Add(new Note { Id = Guid.NewGuid(), Text = "welkom" });
        consumer.Add(new Line { OrderId = 5, Product = "helm" });

        Assert.True(new InboxWriteBehind(batch).TryTake(consumer));

        Assert.Empty(consumer.ChangeTracker.Entries());
        Assert.Equal(2, batch.ChangeTracker.Entries().Count(entry => entry.State == EntityState.Added));
    }

    [Fact]
    public void Nothing_to_save_is_taken_without_touching_the_batch()
    {
        using var batch = NewContext();
        using var consumer = NewContext();
        consumer.Attach(new Note { Id = Guid.NewGuid(), Text = "gelezen" });

        Assert.True(new InboxWriteBehind(batch).TryTake(consumer));

        Assert.Empty(batch.ChangeTracker.Entries());
    }

    [Fact]
    public void Changed_rows_stay_with_the_consumer_context_and_so_do_its_new_ones()
    {
        using var batch = NewContext();
        using var consumer = NewContext();
        var existing = new Note { Id = Guid.NewGuid(), Text = "oud" };
        consumer.Attach(existing);
        existing.Text = "nieuw";
        consumer.Add(new Note { Id = Guid.NewGuid(), Text = "erbij" });

        Assert.False(new InboxWriteBehind(batch).TryTake(consumer));

        Assert.Equal(EntityState.Modified, consumer.Entry(existing).State);
        Assert.Equal(2, consumer.ChangeTracker.Entries().Count(entry => entry.State != EntityState.Unchanged));
        Assert.Empty(batch.ChangeTracker.Entries());
    }

    [Fact]
    public void A_new_row_holding_an_existing_row_stays_so_the_batch_cannot_take_that_row_for_new()
    {
        using var batch = NewContext();
        using var consumer = NewContext();
        var order = new Order { Id = 7 };
        consumer.Attach(order);
        consumer.Add(new Line { Order = order, Product = "schoenen" });

        Assert.False(new InboxWriteBehind(batch).TryTake(consumer));

        Assert.Empty(batch.ChangeTracker.Entries());
    }

    [Fact]
    public void A_new_row_pointing_at_a_key_the_database_has_yet_to_generate_stays()
    {
        using var batch = NewContext();
        using var consumer = NewContext();
        var order = new Order();
        consumer.Add(order);
        consumer.Add(new Line { Order = order, Product = "jas" });

        Assert.False(new InboxWriteBehind(batch).TryTake(consumer));

        Assert.Empty(batch.ChangeTracker.Entries());
        Assert.Equal(2, consumer.ChangeTracker.Entries().Count(entry => entry.State == EntityState.Added));
    }

    // No database is reached: the rules look at the change tracker only.
    private static Shop NewContext() =>
        new(new DbContextOptionsBuilder<Shop>().UseNpgsql("Host=127.0.0.1;Database=never-opened").Options);

    private sealed class Shop(DbContextOptions<Shop> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Order>().HasMany(order => order.Lines).WithOne(line => line.Order).HasForeignKey(line => line.OrderId);
            modelBuilder.Entity<Line>();
            modelBuilder.Entity<Note>();
        }
    }

    private sealed class Order
    {
        public long Id { get; set; }

        public List<Line> Lines { get; } = [];
    }

    private sealed class Line
    {
        public long Id { get; set; }

        public long OrderId { get; set; }

        public Order? Order { get; set; }

        public string Product { get; set; } = "";
    }

    private sealed class Note
    {
        public Guid Id { get; set; }

        public string Text { get; set; } = "";
    }
}
