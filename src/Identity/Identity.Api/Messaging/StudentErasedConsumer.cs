using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Messaging;

/// <summary>
/// The student's personal data was erased: the account goes (its tokens first) and every API hears it is deactivated;
/// the audit log keeps only the id.
/// </summary>
public sealed class StudentErasedConsumer(IdentityDbContext db, AccountAccess access) : IConsumer<StudentErased>
{
    public async Task Consume(ConsumeContext<StudentErased> context)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.StudentId == context.Message.StudentId, context.CancellationToken);
        if (user is null)
        {
            return;
        }

        await access.EraseAsync(user, $"event:{nameof(StudentErased)}", context.CancellationToken);
    }
}
