using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Notifications.Delivery;
using PartnershipHub.Notifications.Scheduling;

namespace PartnershipHub.Notifications.Tests.Delivery;

/// <summary>
/// The service with mail going to an SMTP server in the test process (<see cref="Smtp"/>, listening from the start).
/// Nothing runs by itself: tests run a job at the time they choose and send with <see cref="SendAsync"/>.
/// </summary>
public class DeliveryFixture : NotificationsApiFixture, IAsyncLifetime
{
    public const string PortalBaseUrl = "https://portal.test";

    public TestSmtpServer Smtp { get; } = new();

    protected virtual bool SenderRunsByItself => false;

    protected virtual bool SmtpUpAtStart => true;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        settings["Mail:SmtpHost"] = "127.0.0.1";
        settings["Mail:SmtpPort"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Mail:SmtpTimeout"] = "00:00:05";
        settings["Mail:SenderEnabled"] = SenderRunsByItself ? "true" : "false";
        settings["Mail:PollInterval"] = "00:00:00.100";
        settings["Mail:RetryFirstDelay"] = "00:00:00.200";
        settings["Mail:RetryMaxDelay"] = "00:00:00.500";
        settings["Notifications:PortalBaseUrl"] = PortalBaseUrl;
    }

    /// <summary>Runs one job at <paramref name="now"/> the way the scheduler does: in one transaction, saved and committed after it.</summary>
    public async Task RunJobAsync<TJob>(DateTimeOffset now, bool commit = true) where TJob : IScheduledJob
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.NotificationsDbContext>();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().OfType<TJob>().Single();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await job.RunAsync(db, now, CancellationToken.None);
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
    }

    public Task<SendOutcome> SendAsync() => Factory.Services.GetRequiredService<MailDispatcher>().SendWaitingAsync(CancellationToken.None);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        if (SmtpUpAtStart)
        {
            await Smtp.StartAsync();
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>
/// As <see cref="DeliveryFixture"/>, with the background sender running (polling every 100 ms, retrying after 200–500 ms)
/// and the SMTP server down until a test starts it.
/// </summary>
public sealed class LiveSenderFixture : DeliveryFixture
{
    protected override bool SenderRunsByItself => true;

    protected override bool SmtpUpAtStart => false;
}
