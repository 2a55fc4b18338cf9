using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Notifications.Delivery;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Scheduling;
using PartnershipHub.Notifications.Tests.Delivery;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Notifications.MailBenchmarks;

/// <summary>
/// Digest mail for many people: rendering in memory, the <c>mail-digest</c> job against PostgreSQL (read, compose, insert,
/// mark), and sending through MailKit to an SMTP server in this process on 127.0.0.1. Prints mails per second, then stops.
/// Run: dotnet run -c Release --project tests/Notifications.MailBenchmarks [-- &lt;recipients&gt; &lt;items each&gt; &lt;batch size&gt;]
/// </summary>
internal static class MailBenchmark
{
    public static async Task Main(string[] args)
    {
        var recipients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
        var itemsEach = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var batchSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;

        Environment.SetEnvironmentVariable("PH_TEST_POSTGRES", Environment.GetEnvironmentVariable("PH_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres");
        Environment.SetEnvironmentVariable("PH_TEST_RABBITMQ", Environment.GetEnvironmentVariable("PH_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:55672");
        Environment.SetEnvironmentVariable("PH_TEST_RABBITMQ_MGMT", Environment.GetEnvironmentVariable("PH_TEST_RABBITMQ_MGMT") ?? "http://127.0.0.1:55680");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_NOTIFICATIONS_API", ServiceDirectory());

        await using var smtp = new TestSmtpServer();
        await smtp.StartAsync();
        await using var database = await TestDatabase.CreateAsync("notif_mailbench");
        await using var broker = await TestVirtualHost.CreateAsync("notifications-mailbench");
        await using var factory = new ServiceFactory<global::Program>(ResourceNames.NotificationsDb, ApiAudiences.Notifications, database.ConnectionString, broker.ConnectionString);
        factory.Settings["Logging:LogLevel:Default"] = "Warning";
        factory.Settings["Database:MigrateOnStartup"] = "true";
        factory.Settings["Notifications:Scheduler:Enabled"] = "false";
        factory.Settings["Mail:SenderEnabled"] = "false";
        factory.Settings["Mail:SmtpHost"] = "127.0.0.1";
        factory.Settings["Mail:SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        factory.Settings["Mail:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture);
        factory.Settings["Notifications:PortalBaseUrl"] = "https://portal.example";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.MigrateAsync();
        }

        var now = DateTimeOffset.UtcNow;
        var (trainers, notifications) = Arrange(recipients, itemsEach, now.AddHours(-1));
        Console.WriteLine($"Digest mail: {recipients:N0} recipients x {itemsEach} items = {notifications.Count:N0} notifications; SMTP batch {batchSize}; {Environment.ProcessorCount} cores");

        // 1. Rendering only: the composer (texts, grouping, HTML and plain text) without the database.
        var composer = factory.Services.GetRequiredService<MailComposer>();
        var people = trainers.Select(t => new MailRecipient(RecipientKind.Trainer, t.Id, t.Email, t.Name, "nl", new Preference())).ToList();
        var byRecipient = notifications.ToLookup(n => n.RecipientId);
        Compose(composer, people.Take(200), byRecipient, now); // warm-up
        var watch = Stopwatch.StartNew();
        var bytes = Compose(composer, people, byRecipient, now);
        var renderSeconds = watch.Elapsed.TotalSeconds;
        Report("render (in memory)", recipients, renderSeconds, $"{bytes / (double)recipients / 1024:F1} KiB HTML+text per mail");

        // 2. The digest job as the scheduler runs it: one transaction, read + compose + insert + mark.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            db.AddRange(trainers);
            await db.SaveChangesAsync();
            foreach (var chunk in notifications.Chunk(5_000))
            {
                db.ChangeTracker.Clear();
                db.AddRange(chunk);
                await db.SaveChangesAsync();
            }
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        watch.Restart();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var job = scope.ServiceProvider.GetServices<IScheduledJob>().OfType<DigestMailJob>().Single();
            await using var transaction = await db.Database.BeginTransactionAsync();
            // Yesterday around noon in Amsterdam: everyone's digest hour (07:00) had come, and the mails are due now.
            var noon = new DateTimeOffset(now.UtcDateTime.Date.AddDays(-1).AddHours(11), TimeSpan.Zero);
            await job.RunAsync(db, noon, CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var composeSeconds = watch.Elapsed.TotalSeconds;
        var composed = await CountAsync(factory, db => db.Mails.CountAsync());
        Report("digest job (PostgreSQL)", composed, composeSeconds, $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024:F0} MiB allocated");

        // 3. Sending: MailKit over loopback SMTP, batches taken FOR UPDATE SKIP LOCKED, each marked sent.
        var dispatcher = factory.Services.GetRequiredService<MailDispatcher>();
        watch.Restart();
        var outcome = await dispatcher.SendWaitingAsync(CancellationToken.None);
        var sendSeconds = watch.Elapsed.TotalSeconds;
        Report("send (SMTP loopback)", outcome.Sent, sendSeconds, $"{smtp.Received.Count:N0} received, {outcome.Failed} failed");

        // Two senders at once (two replicas): the same work shared, still each mail once.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            await db.Database.ExecuteSqlRawAsync("UPDATE outgoing_mails SET sent_at = NULL");
        }

        var before = smtp.Received.Count;
        watch.Restart();
        var outcomes = await Task.WhenAll(Task.Run(() => dispatcher.SendWaitingAsync(CancellationToken.None)), Task.Run(() => dispatcher.SendWaitingAsync(CancellationToken.None)));
        var twoSeconds = watch.Elapsed.TotalSeconds;
        Report("send, two senders", outcomes.Sum(o => o.Sent), twoSeconds, $"{smtp.Received.Count - before:N0} received");

        if (composed != recipients || outcome.Sent != recipients || smtp.Received.Count - before != recipients)
        {
            Console.WriteLine("MISMATCH: expected one mail per recipient in every phase.");
            Environment.ExitCode = 1;
        }
    }

    private static (List<TrainerCopy> Trainers, List<Notification> Notifications) Arrange(int recipients, int itemsEach, DateTimeOffset createdAt)
    {
        NotificationKind[] kinds = [NotificationKind.HoursToApprove, NotificationKind.AssignmentToSignOff, NotificationKind.AssessmentDue, NotificationKind.AgreementToSign, NotificationKind.SchoolQuestion];
        var trainers = Enumerable.Range(0, recipients).Select(i => new TrainerCopy
        {
            Id = Guid.CreateVersion7(),
            CompanyId = Guid.NewGuid(),
            Name = $"Trainer {i}",
            Email = $"trainer{i}@example.test",
            Active = true,
            Version = 1,
        }).ToList();
        var notifications = trainers.SelectMany(t => Enumerable.Range(0, itemsEach).Select(i => new Notification
        {
            Id = Guid.CreateVersion7(),
            RecipientKind = RecipientKind.Trainer,
            RecipientId = t.Id,
            Kind = kinds[i % kinds.Length],
            DedupeKey = $"bench:{i}",
            StudentId = Guid.NewGuid(),
            CompanyId = t.CompanyId,
            CreatedAt = createdAt.AddSeconds(i),
            Link = $"/trainer/placements/{Guid.NewGuid()}",
            Parameters = new() { ["studentName"] = $"Student {i}", ["companyName"] = "Bakkerij", ["weekStart"] = "2027-03-08", ["dueDate"] = "2027-03-15" },
            MailState = MailState.Pending,
        })).ToList();
        return (trainers, notifications);
    }

    private static long Compose(MailComposer composer, IEnumerable<MailRecipient> people, ILookup<Guid, Notification> items, DateTimeOffset now)
    {
        long bytes = 0;
        foreach (var person in people)
        {
            var mail = composer.Compose(person, [.. items[person.Id]], MailKind.Digest, DateOnly.FromDateTime(now.UtcDateTime), now);
            bytes += mail.HtmlBody.Length + mail.TextBody.Length;
        }

        return bytes;
    }

    private static async Task<int> CountAsync(ServiceFactory<global::Program> factory, Func<NotificationsDbContext, Task<int>> count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
    }

    private static void Report(string phase, int mails, double seconds, string note) =>
        Console.WriteLine($"  {phase,-26} {mails,7:N0} mails in {seconds,7:F2} s = {mails / seconds,9:N0} mails/s   ({note})");

    private static string ServiceDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartnershipHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null ? AppContext.BaseDirectory : Path.Combine(directory.FullName, "src", "Notifications", "Notifications.Api");
    }
}
