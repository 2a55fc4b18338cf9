using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Scheduling;
using PartnershipHub.Notifications.Security;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>
/// Every 5 minutes: each person whose digest hour has come today (Europe/Amsterdam) and who has no digest for today
/// yet gets ONE mail with all their waiting non-urgent notifications (the unique (recipient, digest_date) keeps it one
/// a day). A person who chose immediate mail gets a bundle at every run instead, outside their quiet hours.
/// </summary>
public sealed partial class DigestMailJob(MailBundler bundler, IOptions<DeliveryOptions> options, ILogger<DigestMailJob> logger) : IScheduledJob
{
    public const string JobName = "mail-digest";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public string Name => JobName;

    public DateTimeOffset NextRunAfter(DateTimeOffset now) => now + Interval;

    public async Task RunAsync(NotificationsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await WaitingRecipients.ListAsync(db, urgent: false, cancellationToken);
        if (waiting.Count == 0)
        {
            return;
        }

        var local = TimeZoneInfo.ConvertTime(now, options.Value.Zone()).DateTime;
        var today = DateOnly.FromDateTime(local);
        var people = await MailRecipients.LoadAsync(db, waiting, cancellationToken);
        var ids = waiting.Select(w => w.Id).Distinct().ToList();
        var hadDigest = (await db.Mails.AsNoTracking()
                .Where(m => m.DigestDate == today && ids.Contains(m.RecipientId))
                .Select(m => new { m.RecipientKind, m.RecipientId })
                .ToListAsync(cancellationToken))
            .Select(m => new RecipientRef(m.RecipientKind, m.RecipientId))
            .ToHashSet();

        var digests = people.Values
            .Where(p => !p.Preference.Immediate && DeliveryWindow.DigestHourHasCome(p.Preference, local) && !hadDigest.Contains(new RecipientRef(p.Kind, p.Id)))
            .ToList();
        var immediate = people.Values
            .Where(p => p.Preference.Immediate && !DeliveryWindow.IsQuiet(p.Preference, TimeOnly.FromDateTime(local)))
            .ToList();

        var outcome = await bundler.BundleAsync(db, digests, urgent: false, MailKind.Digest, today, now, cancellationToken)
            + await bundler.BundleAsync(db, immediate, urgent: false, MailKind.Digest, digestDate: null, now, cancellationToken);
        if (outcome != default)
        {
            LogComposed(outcome.Mails, outcome.Queued, outcome.Skipped, today);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest run: {Mails} mails with {Queued} notifications composed, {Skipped} not mailed, for {Day}.")]
    private partial void LogComposed(int mails, int queued, int skipped, DateOnly day);
}
