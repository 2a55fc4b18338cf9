using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Messaging;

namespace PartnershipHub.Guidance.Features.Concerns;

/// <summary>Enqueues concern events on the outbox; call before SaveChanges so they commit with the change. No free text.</summary>
public static class WorkplaceConcernEvents
{
    public static void WorkplaceConcernRaised(this DbContext db, WorkplaceConcern c) =>
        db.EnqueueEvent(new WorkplaceConcernRaised(c.Id, c.StudentId, c.PlacementId, c.CompanyId, c.Kind, c.Urgency, c.RaisedBy, c.RaisedAt));

    public static void WorkplaceConcernAnswered(this DbContext db, WorkplaceConcern c) =>
        db.EnqueueEvent(new WorkplaceConcernAnswered(c.Id, c.StudentId, c.PlacementId, c.CompanyId, c.AnsweredBy!, c.AnsweredAt!.Value));

    public static void WorkplaceConcernClosed(this DbContext db, WorkplaceConcern c) =>
        db.EnqueueEvent(new WorkplaceConcernClosed(c.Id, c.StudentId, c.PlacementId, c.CompanyId, c.ClosedBy!, c.ClosedAt!.Value));
}
