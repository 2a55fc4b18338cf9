using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Features.Concerns;

/// <summary>
/// The workplace-concern rule: an urgent concern (or one about safety or an incident) signals the moment it is raised;
/// any other one when the school has not answered it within <see cref="SignalOptions.ConcernUnansweredDays"/> (from the
/// sweep). One signal per concern, ever: the subject is the concern.
/// </summary>
public sealed class WorkplaceConcernSignals(GuidanceDbContext db, SignalRaiser raiser, IOptions<SignalOptions> options)
{
    public static string Subject(Guid concernId) => $"concern:{concernId}";

    public static string Link(Guid concernId) => $"/api/concerns/{concernId}";

    public async Task AfterRaisedAsync(WorkplaceConcern concern, CancellationToken cancellationToken)
    {
        if (!concern.IsUrgent)
        {
            return;
        }

        await raiser.RaiseAsync(concern.StudentId, SignalRule.WorkplaceConcern, Subject(concern.Id),
            SignalEvidence.WorkplaceConcern(concern.Kind, concern.CompanyName, urgent: true), Link(concern.Id), once: true, cancellationToken, urgent: true);
    }

    public async Task SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var days = options.Value.ConcernUnansweredDays;
        if (days <= 0)
        {
            return;
        }

        var before = now.AddDays(-days);
        var waiting = await db.WorkplaceConcerns.AsNoTracking()
            .Where(c => c.Status == WorkplaceConcernStatus.Open && c.RaisedAt < before)
            .Select(c => new { c.Id, c.StudentId, c.Kind, c.CompanyName, c.RaisedAt })
            .ToListAsync(cancellationToken);
        foreach (var concern in waiting)
        {
            await raiser.RaiseAsync(concern.StudentId, SignalRule.WorkplaceConcern, Subject(concern.Id),
                SignalEvidence.WorkplaceConcernUnanswered(concern.Kind, concern.CompanyName, concern.RaisedAt, (now - concern.RaisedAt).Days),
                Link(concern.Id), once: true, cancellationToken);
        }
    }
}
