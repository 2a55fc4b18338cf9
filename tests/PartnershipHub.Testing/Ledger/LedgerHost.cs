using System.Security.Cryptography;
using System.Text;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartnershipHub.Messaging;

namespace PartnershipHub.Testing.Ledger;

/// <summary>A real generic host wired exactly like a service (AddDatabaseAndMessaging), as producer or consumer.</summary>
public sealed class LedgerHost : IAsyncDisposable
{
    public const string DatabaseName = "ledgerdb";

    private LedgerHost(IHost host) => Host = host;

    public IHost Host { get; }

    public ConsumeProbe Probe => Host.Services.GetRequiredService<ConsumeProbe>();

    /// <param name="keyedByAccount">Bookings of one account are about one key (<see cref="AccountKey"/>): the inbox never runs two of them in overlapping transactions.</param>
    public static async Task<LedgerHost> StartAsync(
        string serviceName,
        string databaseConnectionString,
        string brokerConnectionString,
        bool consumes,
        IDictionary<string, string?>? settings = null,
        bool keyedByAccount = false)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseName}"] = databaseConnectionString,
            ["ConnectionStrings:messaging"] = brokerConnectionString,
            ["Messaging:RetryIntervals:0"] = "00:00:00.050",
            ["Messaging:RetryIntervals:1"] = "00:00:00.100",
            ["Messaging:MinBackoff"] = "00:00:00.200",
            ["Messaging:MaxBackoff"] = "00:00:01",
            ["Messaging:PublishTimeout"] = "00:00:03",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<ConsumeProbe>();
        builder.AddDatabaseAndMessaging<LedgerDbContext>(
            serviceName,
            DatabaseName,
            consumes ? bus => bus.AddConsumer<AmountBookedConsumer>() : null);
        if (keyedByAccount)
        {
            builder.Services.AddInboxKey<AmountBooked>(booked => AccountKey(booked.Account));
        }

        // A test publishes right after start: the consumer's queue must be bound by then.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
        });

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(host.Services.GetRequiredService<ConsumeProbe>());
        return new LedgerHost(host);
    }

    /// <summary>The inbox key of an account's bookings when the host is keyed by account.</summary>
    public static Guid AccountKey(string account) => new(SHA256.HashData(Encoding.UTF8.GetBytes(account)).AsSpan(0, 16));

    /// <summary>Books an amount and enqueues its event in one transaction, as a service's endpoint would.</summary>
    public async Task<AmountBooked> BookAsync(string account, int amount, bool poison = false, int holdMs = 0)
    {
        var booked = new AmountBooked(account, amount, poison, holdMs);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        db.Entries.Add(new LedgerEntry { EventId = booked.EventId, Account = account, Amount = amount, AppliedAt = DateTimeOffset.UtcNow });
        db.EnqueueEvent(booked);
        await db.SaveChangesAsync();
        return booked;
    }

    /// <summary>Enqueues several events in one transaction, so the dispatcher publishes them as one burst.</summary>
    public async Task PublishTogetherAsync(IReadOnlyList<AmountBooked> events)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        foreach (var booked in events)
        {
            db.EnqueueEvent(booked);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// How many transactions wrote the ledger rows whose account matches the LIKE pattern: rows committed by one
    /// transaction share its id (xmin), so fewer transactions than rows means deliveries shared them.
    /// </summary>
    public Task<long> CountTransactionsAsync(string accountPattern = "%") =>
        QueryAsync(db => db.Database
            .SqlQuery<long>($"SELECT count(DISTINCT xmin::text) AS \"Value\" FROM ledger_entries WHERE account LIKE {accountPattern}")
            .SingleAsync());

    public async Task<T> QueryAsync<T>(Func<LedgerDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LedgerDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
    }
}
