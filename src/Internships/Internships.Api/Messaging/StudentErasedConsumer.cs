using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

/// <summary>Blanks the personal data in the copy and keeps a tombstone, so a late event cannot bring it back.</summary>
public sealed class StudentErasedConsumer(InternshipsDbContext db) : IConsumer<StudentErased>
{
    public async Task Consume(ConsumeContext<StudentErased> context)
    {
        var student = await db.FindOrAddAsync(context.Message.StudentId, context.CancellationToken);
        student.Erase();
        var proposals = await db.Proposals.Where(p => p.StudentId == context.Message.StudentId).ToListAsync(context.CancellationToken);
        foreach (var proposal in proposals)
        {
            proposal.StudentName = "(erased)";
        }

        // The guardian's name and address were held about the student: they go too, and the link stops working.
        var links = await db.Set<AgreementGuardianLink>().Where(l => l.StudentId == context.Message.StudentId).ToListAsync(context.CancellationToken);
        foreach (var link in links)
        {
            link.Erase();
        }
    }
}
