using MassTransit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Messaging;

/// <summary>The student's personal data was erased: the account goes (its tokens first); the audit log keeps only the id.</summary>
public sealed class StudentErasedConsumer(
    IdentityDbContext db,
    UserManager<ApplicationUser> users,
    AccountAccess access,
    AuditLog audit) : IConsumer<StudentErased>
{
    public async Task Consume(ConsumeContext<StudentErased> context)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.StudentId == context.Message.StudentId, context.CancellationToken);
        if (user is null)
        {
            return;
        }

        await access.RevokeTokensAsync(user, context.CancellationToken);
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        audit.Record(AuditEvents.Erased, user.Id, $"event:{nameof(StudentErased)}");
    }
}
