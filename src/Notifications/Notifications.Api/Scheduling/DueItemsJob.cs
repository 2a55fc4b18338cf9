using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Scheduling;

/// <summary>
/// Opens the items nobody's act opens: hours to log, assessments and reviews coming up, placements without recent
/// contact, and the coordinators' counts per coming period. Set-based over all students (one query per rule);
/// idempotent: what is open, or was answered, is not opened again.
/// </summary>
public sealed class DueItemsJob(ILogger<DueItemsJob> logger) : IScheduledJob
{
    public const string JobName = "due-items";

    public string Name => JobName;

    public DateTimeOffset NextRunAfter(DateTimeOffset now) => now.AddMinutes(15);

    public async Task RunAsync(NotificationsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = SchoolClock.Today(now);
        var people = await PeopleDirectory.LoadAsync(db, cancellationToken);
        var bulk = new BulkRows();
        var notifier = new Notifier(db, bulk);
        var due = new DueRules(db, notifier, people);
        var counts = new CoordinatorCounts(db, notifier, people);

        var hoursToLog = await due.HoursToLogAsync(today, now, cancellationToken);
        var (assessments, selfAssessments) = await due.AssessmentsDueAsync(today, now, cancellationToken);
        var reviews = await due.ReviewsDueAsync(today, now, cancellationToken);
        var noContact = await due.NoRecentContactAsync(now, cancellationToken);
        var unplaced = await counts.StudentsUnplacedAsync(today, now, cancellationToken);
        var unsigned = await counts.AgreementsUnsignedAsync(today, now, cancellationToken);
        await bulk.WriteAsync(db, cancellationToken);

        logger.LogInformation(
            "Due items opened: {HoursToLog} hours to log, {Assessments} assessments, {SelfAssessments} self-assessments, {Reviews} reviews, {NoContact} without recent contact; coordinator counts changed: {Unplaced} unplaced, {Unsigned} unsigned.",
            hoursToLog, assessments, selfAssessments, reviews, noContact, unplaced, unsigned);
    }
}
