using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Projections;

/// <summary>
/// Finds a fact or starts it with what the event carries when the event comes before the fact's own events. Rows about a
/// student need no lock: the inbox runs deliveries about one student one after the other (their key), as it does for one
/// company or trainer. Only company and period rows are started by events about others (a placement names its company, every
/// company's capacity its period), so those are inserted race-free.
/// </summary>
public static class Facts
{
    /// <summary>True when the student was erased: nothing about them may come back.</summary>
    public static async Task<bool> IsErasedAsync(InsightsDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        await db.ErasedStudents.FindAsync([studentId], cancellationToken) is not null;

    // A fact that exists tells its student was not erased (erasure deletes them all under the student's key), so the
    // tombstone is only looked up before starting a new one.

    /// <summary>The student's fact, started empty when there is none; null when the student was erased.</summary>
    public static async Task<StudentFact?> StudentAsync(InsightsDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        await db.Students.FindAsync([studentId], cancellationToken)
            ?? (await IsErasedAsync(db, studentId, cancellationToken) ? null : db.Students.Add(new StudentFact { Id = studentId }).Entity);

    /// <summary>The placement's fact, started empty when there is none; null when its student was erased.</summary>
    public static async Task<PlacementFact?> PlacementAsync(InsightsDbContext db, Guid placementId, Guid studentId, CancellationToken cancellationToken) =>
        await db.Placements.FindAsync([placementId], cancellationToken)
            ?? (await IsErasedAsync(db, studentId, cancellationToken) ? null : db.Placements.Add(new PlacementFact { Id = placementId, StudentId = studentId }).Entity);

    /// <summary>The student's progression follow-up, started empty when there is none; null when the student was erased.</summary>
    public static async Task<ProgressionFollowUp?> FollowUpAsync(InsightsDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        await db.ProgressionFollowUps.FindAsync([studentId], cancellationToken)
            ?? (await IsErasedAsync(db, studentId, cancellationToken) ? null : db.ProgressionFollowUps.Add(new ProgressionFollowUp { StudentId = studentId }).Entity);

    /// <summary>A signal, started by whichever of its events comes first (<see cref="SignalFactRules.Stub"/>); null when its student was erased.</summary>
    public static async Task<SignalFact?> SignalAsync(
        InsightsDbContext db, Guid signalId, Guid studentId, string rule, DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.Signals.FindAsync([signalId], cancellationToken)
            ?? (await IsErasedAsync(db, studentId, cancellationToken) ? null : db.Signals.Add(SignalFactRules.Stub(signalId, studentId, rule, at)).Entity);

    public static async Task<TrainerFact> TrainerAsync(InsightsDbContext db, Guid trainerId, Guid companyId, CancellationToken cancellationToken) =>
        await db.Trainers.FindAsync([trainerId], cancellationToken)
            ?? db.Trainers.Add(new TrainerFact { Id = trainerId, CompanyId = companyId }).Entity;

    /// <summary>
    /// The period's row, inserted first when there is none. Every company's capacity names the period, and deliveries
    /// about different companies run side by side, so the insert leaves a row another transaction inserted meanwhile alone.
    /// </summary>
    public static async Task<PeriodFact> PeriodAsync(
        InsightsDbContext db, Guid periodId, string name, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        await SharedRows.LockAsync(db, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO periods (id, name, start, \"end\") VALUES ({periodId}, {name}, {start}, {end}) ON CONFLICT (id) DO NOTHING",
            cancellationToken);
        return (await db.Periods.FindAsync([periodId], cancellationToken))!;
    }

    /// <summary>
    /// The company's row, inserted with <paramref name="name"/> at version 0 when there is none yet. Deliveries about a
    /// company and about placements at it run side by side (their keys differ), so the insert leaves a row another
    /// transaction inserted meanwhile alone instead of failing on the key.
    /// </summary>
    public static async Task EnsureCompanyAsync(InsightsDbContext db, Guid companyId, string name, CancellationToken cancellationToken)
    {
        await SharedRows.LockAsync(db, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO companies (id, name, active, version) VALUES ({companyId}, {name}, TRUE, 0) ON CONFLICT (id) DO NOTHING",
            cancellationToken);
    }
}
