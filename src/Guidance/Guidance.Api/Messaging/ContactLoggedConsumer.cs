using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class ContactLoggedConsumer(GuidanceDbContext db) : IConsumer<ContactLogged>
{
    public async Task Consume(ConsumeContext<ContactLogged> context)
    {
        var e = context.Message;
        if (await db.Contacts.FindAsync([e.ContactId], context.CancellationToken) is not null
            || await InternshipsCopies.IsErasedAsync(db, e.StudentId, context.CancellationToken))
        {
            return;
        }

        db.Contacts.Add(new ContactCopy
        {
            Id = e.ContactId,
            PlacementId = e.PlacementId,
            StudentId = e.StudentId,
            Kind = e.Kind,
            ContactedAt = e.ContactedAt,
            Joint = e.Joint,
        });
    }
}
