using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Projections;

/// <summary>
/// Finds a fact or starts it with what the event carries when the event comes before the fact's own events. Rows about a
/// student need no lock: the inbox runs deliveries about one student one after the other (their key), as it does for one
/// company, trainer or period. Only a company row is started by events about others (a placement names its company), so
/// it is inserted race-free.
/// </summary>
public static class Facts
{
    /// <summary>True when the student was erased: nothing about them may come back.</summary>
    public static async Task<bool> IsErasedAsync(InsightsDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        await db.ErasedStudents.FindAsync([studentId], cancellationToken) is not null;

    public static async Task<StudentFact> StudentAsync(InsightsDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        await db.Students.FindAsync([studentId], cancellationToken) ?? db.Students.Add(new StudentFact { Id = studentId }).Entity;

    public static async Task<PlacementFact> PlacementAsync(InsightsDbContext db, Guid placementId, CancellationToken cancellationToken) =>
        await db.Placements.FindAsync([placementId], cancellationToken) ?? db.Placements.Add(new PlacementFact { Id = placementId }).Entity;

    /// <summary>A signal, started by whichever of its events comes first (<see cref="SignalFactRules.Stub"/>).</summary>
    public static async Task<SignalFact> SignalAsync(
        InsightsDbContext db, Guid signalId, Guid studentId, string rule, DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.Signals.FindAsync([signalId], cancellationToken) ?? db.Signals.Add(SignalFactRules.Stub(signalId, studentId, rule, at)).Entity;

    public static async Task<TrainerFact> TrainerAsync(InsightsDbContext db, Guid trainerId, Guid companyId, CancellationToken cancellationToken) =>
        await db.Trainers.FindAsync([trainerId], cancellationToken)
            ?? db.Trainers.Add(new TrainerFact { Id = trainerId, CompanyId = companyId }).Entity;

    public static async Task<PeriodFact> PeriodAsync(InsightsDbContext db, Guid periodId, CancellationToken cancellationToken) =>
        await db.Periods.FindAsync([periodId], cancellationToken) ?? db.Periods.Add(new PeriodFact { Id = periodId }).Entity;

    public static async Task<ProgressionFollowUp> FollowUpAsync(InsightsDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        await db.ProgressionFollowUps.FindAsync([studentId], cancellationToken)
            ?? db.ProgressionFollowUps.Add(new ProgressionFollowUp { StudentId = studentId }).Entity;

    /// <summary>
    /// The company's row, inserted with <paramref name="name"/> at version 0 when there is none yet. Deliveries about a
    /// company and about placements at it run side by side (their keys differ), so the insert leaves a row another
    /// transaction inserted meanwhile alone instead of failing on the key.
    /// </summary>
    public static async Task EnsureCompanyAsync(InsightsDbContext db, Guid companyId, string name, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO companies (id, name, active, version) VALUES ({companyId}, {name}, TRUE, 0) ON CONFLICT (id) DO NOTHING",
            cancellationToken);
}
