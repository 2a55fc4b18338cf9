using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Features.Signals;

/// <summary>
/// Raises signals with one INSERT that the partial unique index guards: a second open signal for the same
/// (student, rule, subject) is silently not written, also when two evaluations race. Runs in the caller's
/// transaction when there is one.
/// </summary>
public sealed class SignalRaiser(GuidanceDbContext db, TimeProvider clock, ProgressProjector? projector = null)
{
    /// <param name="once">
    /// For rules whose condition persists (time-based): never raise again for a subject that was raised before, even
    /// when resolved, so a mentor's resolution is not undone by the next sweep. The subject names the occurrence.
    /// </param>
    public async Task<bool> RaiseAsync(Guid studentId, SignalRule rule, string subject, string evidence, string link, bool once, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var ruleName = rule.ToString();
        var open = nameof(SignalStatus.Open);
        var now = clock.GetUtcNow();
        evidence = evidence.Length > 2000 ? evidence[..2000] : evidence;
        var rows = await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO signals (id, student_id, rule, subject, status, evidence, link, raised_at)
             SELECT {id}, {studentId}, {ruleName}, {subject}, {open}, {evidence}, {link}, {now}
             WHERE NOT ({once} AND EXISTS (SELECT 1 FROM signals WHERE student_id = {studentId} AND rule = {ruleName} AND subject = {subject}))
             ON CONFLICT (student_id, rule, subject) WHERE status <> 'Resolved' DO NOTHING
             """,
            cancellationToken);
        if (rows == 1 && projector is not null)
        {
            await projector.RefreshAsync(studentId, cancellationToken);
        }

        return rows == 1;
    }
}
