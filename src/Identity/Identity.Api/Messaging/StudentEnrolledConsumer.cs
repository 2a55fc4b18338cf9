using MassTransit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Features.Invitations;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Messaging;

/// <summary>A student with an e-mail address gets an account with their <c>student_id</c> and an invitation.</summary>
public sealed class StudentEnrolledConsumer(
    IdentityDbContext db,
    UserManager<ApplicationUser> users,
    InvitationSender invitations,
    TimeProvider time) : IConsumer<StudentEnrolled>
{
    public async Task Consume(ConsumeContext<StudentEnrolled> context)
    {
        var student = context.Message;
        if (string.IsNullOrWhiteSpace(student.Email)
            || await db.Users.AnyAsync(u => u.StudentId == student.StudentId, context.CancellationToken)
            || await users.FindByEmailAsync(student.Email) is not null)
        {
            // No address to invite, already invited, or the address belongs to someone else: an operator links it by hand.
            return;
        }

        var user = ApplicationUser.Create(student.Email, $"{student.FirstName} {student.LastName}", time.GetUtcNow());
        user.StudentId = student.StudentId;
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, Roles.Student));
        await invitations.SendAsync(user, $"event:{nameof(StudentEnrolled)}", context.CancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
