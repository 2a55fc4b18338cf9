using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Scheduling;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Notifications.Benchmarks;

/// <summary>
/// The due computation at a college's scale: <c>dotnet run -c Release --project tests/Notifications.Benchmarks [--students N]
/// [--trainers N]</c>. Seeds a fresh database on the local test PostgreSQL (PH_TEST_*), then runs the due-items job twice
/// at the same moment (the second run must add nothing) and the escalation job twice, each as the scheduler runs it (one
/// transaction, saved at the end), printing time, rows added, bytes allocated and the process's peak working set.
/// </summary>
/// <remarks>Not top-level statements: those would declare a second <c>Program</c> beside the service's own.</remarks>
internal static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        Default("PH_TEST_POSTGRES", "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres");
        Default("PH_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:55672");
        Default("PH_TEST_RABBITMQ_MGMT", "http://127.0.0.1:55680");
        var students = Option(args, "--students", 20_000);
        var trainers = Option(args, "--trainers", 2_000);
        var now = new DateTimeOffset(2027, 3, 3, 6, 0, 0, TimeSpan.Zero);

        await using var database = await TestDatabase.CreateAsync("bench_" + ResourceNames.NotificationsDb);
        await using var broker = await TestVirtualHost.CreateAsync("bench-notifications");
        await using var factory = new BenchmarkServiceFactory(ResourceNames.NotificationsDb, ApiAudiences.Notifications, database.ConnectionString, broker.ConnectionString);
        factory.Settings["Database:MigrateOnStartup"] = "true";
        factory.Settings["Notifications:Scheduler:Enabled"] = "false";
        factory.Settings["Logging:LogLevel:Default"] = "Warning";
        _ = factory.Services;

        var seeding = Stopwatch.StartNew();
        await InScopeAsync(factory, db => SyntheticSchool.SeedAsync(db, now, students, trainers));
        Console.WriteLine($"Seeded {students:N0} students, {trainers:N0} trainers in {seeding.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} CPU(s); server GC {System.Runtime.GCSettings.IsServerGC}.");
        await InScopeAsync(factory, db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
        await PrintCountsAsync(factory, "after seeding");

        await RunAsync(factory, DueItemsJob.JobName, now, "due-items, first run");
        await RunAsync(factory, DueItemsJob.JobName, now, "due-items, second run (same moment: adds nothing)");
        await RunAsync(factory, DueItemsJob.JobName, now.AddMinutes(15), "due-items, next run (15 min later)");
        await RunAsync(factory, EscalationJob.JobName, now, "escalation, first run");
        await RunAsync(factory, EscalationJob.JobName, now.AddMinutes(5), "escalation, next run");
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MiB");
    }

    private static async Task RunAsync(BenchmarkServiceFactory factory, string jobName, DateTimeOffset now, string label)
    {
        var before = await CountsAsync(factory);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        TimeSpan ran;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == jobName);
            await using var transaction = await db.Database.BeginTransactionAsync();
            await job.RunAsync(db, now, CancellationToken.None);
            ran = clock.Elapsed;
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var elapsed = clock.Elapsed;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var after = await CountsAsync(factory);
        Console.WriteLine(
            $"{label,-52} {elapsed.TotalMilliseconds,8:N0} ms (job {ran.TotalMilliseconds:N0}, then save {(elapsed - ran).TotalMilliseconds:N0})  +{after.Items - before.Items,6:N0} items  +{after.Notifications - before.Notifications,6:N0} notifications  " +
            $"{after.Escalated - before.Escalated,6:N0} escalated  {bytes / 1024.0 / 1024.0,7:N1} MiB allocated  peak WS {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MiB");
    }

    private static async Task PrintCountsAsync(BenchmarkServiceFactory factory, string label)
    {
        var counts = await CountsAsync(factory);
        Console.WriteLine($"{label}: {counts.Items:N0} work items ({counts.Escalated:N0} escalated), {counts.Notifications:N0} notifications");
    }

    private static Task<(int Items, int Notifications, int Escalated)> CountsAsync(BenchmarkServiceFactory factory) =>
        InScopeAsync(factory, async db => (
            await db.WorkItems.CountAsync(),
            await db.Notifications.CountAsync(),
            await db.WorkItems.CountAsync(i => i.EscalationLevel > 0)));

    private static async Task<T> InScopeAsync<T>(BenchmarkServiceFactory factory, Func<NotificationsDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
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
