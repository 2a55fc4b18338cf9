using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Features.HelpRequests;

/// <summary>
/// Time-based rule run from <see cref="SignalRules.SweepAsync"/>: a help request still open (no answer, no conversation
/// planned) after <see cref="SignalOptions.HelpRequestAnswerHours"/>, or <see cref="SignalOptions.PrivateHelpRequestAnswerHours"/>
/// when private or personal, raises <see cref="SignalRule.HelpRequestUnanswered"/> once per request.
/// </summary>
public sealed class HelpRequestSignalRule(GuidanceDbContext db, SignalRaiser raiser, SignalOptions options)
{
    public static bool AnswersSooner(bool isPrivate, HelpRequestTopic topic) => isPrivate || topic == HelpRequestTopic.Personal;

    public int HoursFor(bool isPrivate, HelpRequestTopic topic) =>
        AnswersSooner(isPrivate, topic) ? options.PrivateHelpRequestAnswerHours : options.HelpRequestAnswerHours;

    public async Task SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var soonerBefore = now.AddHours(-options.PrivateHelpRequestAnswerHours);
        var normalBefore = now.AddHours(-options.HelpRequestAnswerHours);
        var waiting = await db.HelpRequests.AsNoTracking()
            .Where(r => r.Status == HelpRequestStatus.Open)
            .Where(r => (r.Private || r.Topic == HelpRequestTopic.Personal) ? r.AskedAt < soonerBefore : r.AskedAt < normalBefore)
            .Select(r => new { r.Id, r.StudentId, r.Topic, r.Kind, r.Private, r.AskedAt })
            .ToListAsync(cancellationToken);
        foreach (var request in waiting)
        {
            await raiser.RaiseAsync(request.StudentId, SignalRule.HelpRequestUnanswered, $"help-request:{request.Id}",
                SignalEvidence.HelpRequestUnanswered(request.Kind, request.Topic, request.Private, request.AskedAt, (int)(now - request.AskedAt).TotalHours),
                $"/api/help-requests/{request.Id}", once: true, cancellationToken);
        }
    }
}
