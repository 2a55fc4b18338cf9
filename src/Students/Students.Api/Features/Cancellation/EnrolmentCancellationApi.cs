using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Students.Security;

namespace PartnershipHub.Students.Features.Cancellation;

/// <summary>
/// Cancelling an enrolment made in error (a duplicate, the wrong person): the record goes as if it had never been
/// made, and the other services drop their copies on <see cref="StudentErased"/>, as after an erasure.
/// </summary>
public static class EnrolmentCancellationApi
{
    public static IEndpointRouteBuilder MapEnrolmentCancellationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/students/{id:guid}/cancellation", CancelEnrolment)
            .WithTags("Students")
            .RequireAuthorization(StudentsPolicies.SchoolMembers)
            .RequireAuthorization(Policies.Coordinator);
        return app;
    }

    /// <summary>
    /// 204 when cancelled; 409 naming the rule (<c>cancel-…</c>) when something hangs on the enrolment
    /// (<see cref="Student.EnsureCancellable"/>). What stays is the tombstone with the id, when and by whom.
    /// </summary>
    public static async Task<Results<NoContent, NotFound>> CancelEnrolment(
        Guid id, ClaimsPrincipal user, StudentsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(id, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var hasCareNotes = await db.CareNotes.AnyAsync(n => n.StudentId == id, cancellationToken);
        student.EnsureCancellable(hasCareNotes, now);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The events about the student (name, number) leave the outbox with them; unsent ones too: StudentErased follows.
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM outbox_messages WHERE payload->>'studentId' = {id.ToString()}",
            cancellationToken);
        db.Students.Remove(student);
        db.ErasedStudents.Add(ErasedStudent.For(id, user.StaffId(), now));
        db.EnqueueEvent(new StudentErased(id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
