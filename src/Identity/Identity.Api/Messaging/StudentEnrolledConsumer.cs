using MassTransit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Features.Invitations;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Messaging;

/// <summary>A student with an e-mail address gets an account with their <c>student_id</c> and student number, and an invitation.</summary>
public sealed class StudentEnrolledConsumer(
    IdentityDbContext db,
    UserManager<ApplicationUser> users,
    InvitationSender invitations,
    TimeProvider time) : IConsumer<StudentEnrolled>
{
    public async Task Consume(ConsumeContext<StudentEnrolled> context)
    {
        var student = context.Message;
        var number = await FreeStudentNumberAsync(student, context.CancellationToken);
        if (await db.Users.FirstOrDefaultAsync(u => u.StudentId == student.StudentId, context.CancellationToken) is { } existing)
        {
            // Already invited (a redelivery, or an account from before numbers were kept): only fill in the number.
            if (existing.StudentNumber is null && number is not null)
            {
                existing.StudentNumber = number;
                Check(await users.UpdateAsync(existing));
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(student.Email) || await users.FindByEmailAsync(student.Email) is not null)
        {
            // No address to invite, already invited, or the address belongs to someone else: an operator links it by hand.
            return;
        }

        var user = ApplicationUser.Create(student.Email, $"{student.FirstName} {student.LastName}", time.GetUtcNow());
        user.StudentId = student.StudentId;
        // The school's provider may send this number; a federated sign-in can then find the account by it.
        user.StudentNumber = number;
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, Roles.Student));
        await invitations.SendAsync(user, $"event:{nameof(StudentEnrolled)}", context.CancellationToken);
    }

    /// <summary>The event's student number, unless it is empty or another account already holds it (the number is unique).</summary>
    private async Task<string?> FreeStudentNumberAsync(StudentEnrolled student, CancellationToken cancellationToken)
    {
        var number = student.StudentNumber?.Trim();
        return string.IsNullOrEmpty(number) || number.Length > 50
            || await db.Users.AnyAsync(u => u.StudentNumber == number && u.StudentId != student.StudentId, cancellationToken)
            ? null
            : number;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
