using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Messaging;

namespace PartnershipHub.Guidance.Features.HelpRequests;

/// <summary>Enqueues help-request events on the outbox (call before SaveChanges): ids and facts, never a text.</summary>
public static class HelpRequestEvents
{
    public static void HelpRequestAsked(this GuidanceDbContext db, HelpRequest r) =>
        db.EnqueueEvent(new HelpRequestAsked(r.Id, r.StudentId, r.MentorStaffId, r.Topic, r.Kind, r.Private, r.AskedAt));

    /// <param name="mentorStaffId">The student's mentor now (who the notification is for).</param>
    public static void HelpRequestAnswered(this GuidanceDbContext db, HelpRequest r, Guid? mentorStaffId) =>
        db.EnqueueEvent(new HelpRequestAnswered(r.Id, r.StudentId, mentorStaffId, r.Topic, r.Kind, r.Private, r.AnsweredBy!, r.AnsweredAt!.Value,
            r.Status == HelpRequestStatus.ConversationPlanned ? r.ConversationAt : null));

    public static void HelpRequestClosed(this GuidanceDbContext db, HelpRequest r, Guid? mentorStaffId) =>
        db.EnqueueEvent(new HelpRequestClosed(r.Id, r.StudentId, mentorStaffId, r.Topic, r.Kind, r.Private, r.ClosedBy!, r.ClosedAt!.Value));
}
