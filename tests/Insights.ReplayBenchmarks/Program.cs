using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Insights.ReplayBenchmarks;

/// <summary>
/// Catching up the read model from a replay of a college's history: <c>dotnet run -c Release --project
/// tests/Insights.ReplayBenchmarks [--students N] [--companies N] [--years N] [--seed N] [--timeout-minutes N]</c>
/// (defaults 20,000 students, 3,000 companies, 3 years). Generates the history (<see cref="SchoolHistory"/>), starts the
/// Insights service once against a fresh database on the local test PostgreSQL (PH_TEST_*) and a virtual host of its own
/// so its queues exist, stops it, publishes every event onto the broker in the order they happened, then starts the
/// service again and times it until its inbox has applied them all. Prints events/second, total time, CPU time, bytes
/// allocated, peak working set, what the read model holds beside what the history says it must, and any error-queue
/// message or error log line. Drops the database and the virtual host at the end.
/// </summary>
/// <remarks>Not top-level statements: those would declare a second <c>Program</c> beside the service's own.</remarks>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        Default("PH_TEST_POSTGRES", "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres");
        Default("PH_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:55672");
        Default("PH_TEST_RABBITMQ_MGMT", "http://127.0.0.1:55680");
        var students = Option(args, "--students", 20_000);
        var companies = Option(args, "--companies", 3_000);
        var years = Option(args, "--years", 3);
        var seed = Option(args, "--seed", 23);
        var timeout = TimeSpan.FromMinutes(Option(args, "--timeout-minutes", 30));

        var clock = Stopwatch.StartNew();
        var history = SchoolHistory.Generate(students, companies, years, seed);
        var events = history.Events;
        Console.WriteLine($"History: {students:N0} students, {companies:N0} companies, {years} years → {events.Count:N0} events, generated in {clock.Elapsed.TotalSeconds:F1} s; " +
            $"{Environment.ProcessorCount} CPU(s), server GC {System.Runtime.GCSettings.IsServerGC}.");
        foreach (var group in events.GroupBy(e => e.GetType().Name).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  {group.Key,-28} {group.Count(),9:N0}");
        }

        await using var database = await TestDatabase.CreateAsync("bench_" + ResourceNames.InsightsDb);
        await using var broker = await TestVirtualHost.CreateAsync("bench-insights");

        // The service once, so its queues and bindings exist (and the database is migrated); then the history waits on them.
        await using (var first = CreateFactory(database, broker))
        {
            _ = first.Services;
        }

        clock.Restart();
        await PublishAsync(broker.ConnectionString, events);
        var published = clock.Elapsed;
        Console.WriteLine($"Published {events.Count:N0} events in {published.TotalSeconds:F1} s ({events.Count / published.TotalSeconds:N0} events/s); the service is stopped.");

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        await using var factory = CreateFactory(database, broker);
        _ = factory.Services;
        var log = CapturedLog.AttachTo(factory.Services);
        var applied = await WaitUntilAppliedAsync(database.ConnectionString, events.Count, clock, timeout);
        var caughtUp = clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        var complete = applied == events.Count;
        Console.WriteLine();
        Console.WriteLine(complete
            ? $"Caught up: {applied:N0} events in {caughtUp.TotalSeconds:F1} s (service start included) → {applied / caughtUp.TotalSeconds:N0} events/s"
            : $"NOT caught up within {timeout.TotalMinutes:N0} min: {applied:N0} of {events.Count:N0} events in {caughtUp.TotalSeconds:F1} s → {applied / caughtUp.TotalSeconds:N0} events/s");
        Console.WriteLine($"  process CPU {cpu.TotalSeconds:F1} s ({cpu.TotalSeconds / caughtUp.TotalSeconds:P0} of one core over the catch-up), " +
            $"allocated {allocated / 1024.0 / 1024 / 1024:N2} GiB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MiB");

        var surveysSent = await WaitUntilOutboxSentAsync(factory, TimeSpan.FromMinutes(2));
        var ok = await PrintReadModelAsync(factory, history.Expected);
        var errorQueues = await ErrorQueueMessagesAsync(broker);
        Console.WriteLine($"Survey announcements published: {(surveysSent ? "all" : "NOT all within 2 min")}; error-queue messages {errorQueues}; " +
            $"error log lines {log.Errors.Count}, warnings {log.Warnings.Count}.");
        foreach (var line in log.Errors.Take(5))
        {
            Console.WriteLine("  " + line);
        }

        return complete && ok && surveysSent && errorQueues == 0 && log.Errors.Count == 0 ? 0 : 1;
    }

    private static BenchmarkServiceFactory CreateFactory(TestDatabase database, TestVirtualHost broker)
    {
        var factory = new BenchmarkServiceFactory(ResourceNames.InsightsDb, ApiAudiences.Insights, database.ConnectionString, broker.ConnectionString);
        factory.Settings["Database:MigrateOnStartup"] = "true";
        factory.Settings["Logging:LogLevel:Default"] = "Warning";
        foreach (var setting in (Environment.GetEnvironmentVariable("PH_BENCH_SETTINGS") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (setting.Split('=', 2)[0], setting.Split('=', 2).ElementAtOrDefault(1));
            factory.Settings[key] = value;
        }

        return factory;
    }

    /// <summary>In the order they happened, a few hundred at a time in flight, each with its event id as the message id.</summary>
    private static async Task PublishAsync(string brokerConnectionString, IReadOnlyList<IntegrationEvent> events)
    {
        var address = BrokerAddress.Parse(brokerConnectionString);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(address.Host, address.Port, address.VirtualHost, host =>
            {
                host.Username(address.Username);
                host.Password(address.Password);
            });
            rabbit.Publish<IntegrationEvent>(publish => publish.Exclude = true);
        });
        await bus.StartAsync();
        try
        {
            using var inFlight = new SemaphoreSlim(256);
            var pending = new List<Task>(events.Count);
            foreach (var e in events)
            {
                await inFlight.WaitAsync();
                pending.Add(PublishOneAsync(bus, e, inFlight));
            }

            await Task.WhenAll(pending);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private static async Task PublishOneAsync(IBus bus, IntegrationEvent e, SemaphoreSlim inFlight)
    {
        try
        {
            await bus.Publish(e, e.GetType(), context => context.MessageId = e.EventId);
        }
        finally
        {
            inFlight.Release();
        }
    }

    /// <summary>Counts the inbox's applied deliveries (one per event: each has one consumer) every second; prints progress every 15 s.</summary>
    private static async Task<long> WaitUntilAppliedAsync(string connectionString, int expected, Stopwatch clock, TimeSpan timeout)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM inbox_processed_messages", connection);
        var lastPrint = TimeSpan.Zero;
        while (true)
        {
            var applied = (long)(await count.ExecuteScalarAsync())!;
            if (applied >= expected || clock.Elapsed > timeout)
            {
                return applied;
            }

            if (clock.Elapsed - lastPrint >= TimeSpan.FromSeconds(15))
            {
                lastPrint = clock.Elapsed;
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,5:F0} s: {applied,9:N0} applied ({applied / clock.Elapsed.TotalSeconds:N0} events/s so far)");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    private static async Task<bool> WaitUntilOutboxSentAsync(BenchmarkServiceFactory factory, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await InScopeAsync(factory, db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE sent_at IS NULL").SingleAsync()) > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(500);
        }

        return true;
    }

    private static async Task<bool> PrintReadModelAsync(BenchmarkServiceFactory factory, ExpectedFacts expected)
    {
        var held = await InScopeAsync(factory, async db => new
        {
            Students = await db.Students.CountAsync(),
            Erased = await db.ErasedStudents.CountAsync(),
            Placements = await db.Placements.CountAsync(),
            Signals = await db.Signals.CountAsync(),
            Assessments = await db.Assessments.CountAsync(),
            Levels = await db.AssessmentLevels.CountAsync(),
            StudentSurveys = await db.Surveys.CountAsync(s => s.Respondent == SurveyRespondent.Student),
            TrainerSurveysWithStudent = await db.Surveys.CountAsync(s => s.Respondent == SurveyRespondent.Trainer && s.StudentId != null),
            DetachedTrainerSurveys = await db.Surveys.CountAsync(s => s.StudentId == null),
            FollowUps = await db.ProgressionFollowUps.CountAsync(),
            Companies = await db.Companies.CountAsync(),
            Trainers = await db.Trainers.CountAsync(),
            Periods = await db.Periods.CountAsync(),
            LeftEarly = await db.Students.CountAsync(s => s.Status == StudentStatus.LeftEarly && s.LeftOn != null),
            EndedEarly = await db.Placements.CountAsync(p => p.EndedEarly),
        });
        (string Name, int Held, int Expected)[] rows =
        [
            ("students", held.Students, expected.Students), ("erased students (tombstones)", held.Erased, expected.Erased),
            ("placements", held.Placements, expected.Placements), ("signals", held.Signals, expected.Signals),
            ("assessments", held.Assessments, expected.Assessments), ("student surveys", held.StudentSurveys, expected.StudentSurveys),
            ("trainer surveys with their student", held.TrainerSurveysWithStudent, expected.TrainerSurveysWithStudent),
            ("companies", held.Companies, expected.Companies), ("trainers", held.Trainers, expected.Trainers), ("periods", held.Periods, expected.Periods),
        ];
        Console.WriteLine("Read model after the catch-up (held / the history says):");
        foreach (var (name, count, want) in rows)
        {
            Console.WriteLine($"  {name,-36} {count,9:N0} / {want,9:N0}{(count == want ? "" : "   MISMATCH")}");
        }

        Console.WriteLine($"  also: {held.Levels:N0} assessment levels, {held.FollowUps:N0} progression follow-ups, {held.DetachedTrainerSurveys:N0} trainer surveys " +
            $"detached from an erased student, {held.LeftEarly:N0} students left early (with a day), {held.EndedEarly:N0} placements ended early");
        return rows.All(r => r.Held == r.Expected);
    }

    private static async Task<long> ErrorQueueMessagesAsync(TestVirtualHost broker)
    {
        long total = 0;
        foreach (var queue in (await broker.QueueNamesAsync()).Where(q => q.EndsWith("_error", StringComparison.Ordinal)))
        {
            total += await broker.CountMessagesAsync(queue);
        }

        return total;
    }

    private static async Task<T> InScopeAsync<T>(BenchmarkServiceFactory factory, Func<InsightsDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<InsightsDbContext>());
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }

    private static void Default(string variable, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Environment.SetEnvironmentVariable(variable, value);
        }
    }
}
