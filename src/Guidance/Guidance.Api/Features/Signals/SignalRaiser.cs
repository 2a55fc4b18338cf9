using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Messaging;

namespace PartnershipHub.Guidance.Features.Signals;

/// <summary>
/// Raises signals with one INSERT that the partial unique index guards: a second open signal for the same
/// (student, rule, subject) is silently not written, also when two evaluations race. A signal written publishes
/// <see cref="RiskSignalRaised"/> through the outbox in the same transaction: the caller's when there is one (a
/// consumer's inbox transaction), else its own.
/// </summary>
public sealed class SignalRaiser(GuidanceDbContext db, TimeProvider clock, ProgressProjector? projector = null)
{
    /// <param name="once">
    /// For rules whose condition persists (time-based): never raise again for a subject that was raised before, even
    /// when resolved, so a mentor's resolution is not undone by the next sweep. The subject names the occurrence.
    /// </param>
    /// <param name="urgent">Needs the mentor's attention today (see <see cref="Signal.Urgent"/>).</param>
    /// <param name="raisedBy">The staff id of a person raising it by hand; null for a rule.</param>
    /// <returns>The new signal's id; null when an open one (or, with <paramref name="once"/>, any) already existed.</returns>
    public async Task<Guid?> RaiseAsync(
        Guid studentId, SignalRule rule, string subject, SignalText evidence, string link, bool once, CancellationToken cancellationToken,
        bool urgent = false, string? raisedBy = null, bool loweredByIntake = false)
    {
        var id = Guid.CreateVersion7();
        var ruleName = rule.ToString();
        var open = nameof(SignalStatus.Open);
        var now = clock.GetUtcNow();
        var dutch = Cut(evidence.Dutch);
        var english = Cut(evidence.English);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var rows = await db.Database.ExecuteSqlAsync(
                $"""
                 INSERT INTO signals (id, student_id, rule, subject, status, evidence, evidence_english, urgent, raised_by, link, raised_at)
                 SELECT {id}, {studentId}, {ruleName}, {subject}, {open}, {dutch}, {english}, {urgent}, {raisedBy}, {link}, {now}
                 WHERE NOT ({once} AND EXISTS (SELECT 1 FROM signals WHERE student_id = {studentId} AND rule = {ruleName} AND subject = {subject}))
                 ON CONFLICT (student_id, rule, subject) WHERE status <> 'Resolved' DO NOTHING
                 """,
                cancellationToken);
            if (rows == 1)
            {
                var mentor = await db.Students.AsNoTracking().Where(s => s.Id == studentId).Select(s => s.MentorStaffId).FirstOrDefaultAsync(cancellationToken);
                db.EnqueueEvent(new RiskSignalRaised(id, studentId, mentor, WireName(rule), urgent, raisedBy, now, loweredByIntake) { OccurredAt = now });
                await db.SaveChangesAsync(cancellationToken);
                if (projector is not null)
                {
                    await projector.RefreshAsync(studentId, cancellationToken);
                }
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return rows == 1 ? id : null;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>A rule's name in events and on the wire: camelCase, like every enum the services speak.</summary>
    public static string WireName(SignalRule rule) => JsonNamingPolicy.CamelCase.ConvertName(rule.ToString());

    private static string Cut(string text) => text.Length > 2000 ? text[..2000] : text;
}
