using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Scheduling;
using PartnershipHub.Notifications.Security;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>
/// Every minute: a person's waiting urgent notifications go out together in ONE mail, at most one urgent mail per
/// person per <see cref="DeliveryOptions.UrgentMailGap"/>, never inside their quiet hours (they wait until it ends).
/// </summary>
public sealed partial class UrgentMailJob(MailBundler bundler, IOptions<DeliveryOptions> options, ILogger<UrgentMailJob> logger) : IScheduledJob
{
    public const string JobName = "mail-urgent";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public string Name => JobName;

    public DateTimeOffset NextRunAfter(DateTimeOffset now) => now + Interval;

    public async Task RunAsync(NotificationsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var waiting = await WaitingRecipients.ListAsync(db, urgent: true, cancellationToken);
        if (waiting.Count == 0)
        {
            return;
        }

        var localTime = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, options.Value.Zone()).DateTime);
        var people = await MailRecipients.LoadAsync(db, waiting, cancellationToken);
        var ids = waiting.Select(w => w.Id).Distinct().ToList();
        var since = now - options.Value.UrgentMailGap;
        var mailedRecently = (await db.Mails.AsNoTracking()
                .Where(m => m.Kind == MailKind.Urgent && m.CreatedAt > since && ids.Contains(m.RecipientId))
                .Select(m => new { m.RecipientKind, m.RecipientId })
                .ToListAsync(cancellationToken))
            .Select(m => new RecipientRef(m.RecipientKind, m.RecipientId))
            .ToHashSet();

        var due = people.Values
            .Where(p => !mailedRecently.Contains(new RecipientRef(p.Kind, p.Id)) && !DeliveryWindow.IsQuiet(p.Preference, localTime))
            .ToList();
        var outcome = await bundler.BundleAsync(db, due, urgent: true, MailKind.Urgent, digestDate: null, now, cancellationToken);
        if (outcome != default)
        {
            LogComposed(outcome.Mails, outcome.Queued, outcome.Skipped, waiting.Count - due.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Urgent run: {Mails} mails with {Queued} notifications composed, {Skipped} not mailed; {Held} people wait (quiet hours or a recent urgent mail).")]
    private partial void LogComposed(int mails, int queued, int skipped, int held);
}
