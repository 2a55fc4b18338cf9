using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Messaging;

namespace PartnershipHub.Internships.Features.Contacts;

/// <summary>Enqueues contact events on the outbox; call before SaveChanges so they commit with the change.</summary>
public static class ContactEvents
{
    public static void ContactLogged(this DbContext db, Placement placement, ContactMoment contact) =>
        db.EnqueueEvent(new ContactLogged(
            contact.Id, placement.Id, placement.StudentId, placement.CompanyId, contact.Kind, contact.ContactedAt, contact.Joint, contact.Summary, contact.FollowUpDue,
            contact.ByRole));
}
