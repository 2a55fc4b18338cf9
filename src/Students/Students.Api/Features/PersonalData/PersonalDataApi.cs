using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Features.CareNotes;
using PartnershipHub.Students.Features.Intakes;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Students.Security;

namespace PartnershipHub.Students.Features.PersonalData;

/// <summary>The student's rights under the GDPR: access (export) and erasure once the retention rules allow it.</summary>
public static class PersonalDataApi
{
    public static IEndpointRouteBuilder MapPersonalDataApi(this IEndpointRouteBuilder app)
    {
        var student = app.MapGroup("/api/students/{id:guid}").WithTags("Personal data").RequireAuthorization(StudentsPolicies.SchoolMembers);
        student.MapGet("/export", Export);
        student.MapDelete("/", Erase).RequireAuthorization(StudentsPolicies.Erasers);
        return app;
    }

    public static async Task<Results<Ok<StudentExport>, NotFound, ForbidHttpResult>> Export(
        Guid id, ClaimsPrincipal user, StudentsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(id, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!StudentAccess.CanExport(user, id, student.MentorStaffId))
        {
            return TypedResults.Forbid();
        }

        var now = clock.GetUtcNow();
        var isCare = user.HasRole(Roles.Care) && user.StaffId() is not null;
        IReadOnlyList<CareNoteResponse>? notes = null;
        IReadOnlyList<CareNoteAccessEntry>? log = null;
        if (isCare)
        {
            notes = await db.CareNotes.AsNoTracking()
                .Where(n => n.StudentId == id)
                .OrderBy(n => n.WrittenAt)
                .Select(n => new CareNoteResponse(n.Id, n.AuthorStaffId, n.Text, n.WrittenAt))
                .ToListAsync(cancellationToken);
            log = await db.CareNoteAccessLog.AsNoTracking()
                .Where(a => a.StudentId == id)
                .OrderBy(a => a.At)
                .Select(a => new CareNoteAccessEntry(a.StudentId, a.StaffId, a.Role, a.Kind, a.At))
                .ToListAsync(cancellationToken);
            db.CareNoteAccessLog.Add(CareNoteAccess.Record(id, user.StaffId()!.Value, Roles.Care, CareNoteAccessKind.Export, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        var staffView = !StudentAccess.IsOwnRecord(user, id);
        var mentorActive = await db.IsActiveMentorAsync(student.MentorStaffId, cancellationToken);
        return TypedResults.Ok(new StudentExport(
            now,
            StudentResponse.From(student, basicOnly: false, DateOnly.FromDateTime(now.UtcDateTime), mentorActive),
            IntakeResponse.From(student, withStaffNotes: staffView),
            notes,
            log));
    }

    /// <summary>
    /// Erases the student's personal data: the record, programme and mentor history, intake and care notes, and
    /// the events about them still kept in the outbox. What stays is a tombstone with the id and
    /// the care-note access log, which holds ids only. Other services erase their copies on <see cref="StudentErased"/>.
    /// </summary>
    public static async Task<Results<NoContent, NotFound>> Erase(
        Guid id, ClaimsPrincipal user, StudentsDbContext db, RetentionPolicy retention, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(id, cancellationToken);
        if (student is null)
        {
            // Erasing twice is the same as erasing once.
            return await db.ErasedStudents.AnyAsync(e => e.Id == id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        student.EnsureErasable(retention, DateOnly.FromDateTime(now.UtcDateTime));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CareNotes.Where(n => n.StudentId == id).ExecuteDeleteAsync(cancellationToken);
        // Published events stay in the outbox a few days for diagnosis and carry the student's name: they go now. Unsent
        // ones go too: a consumer that never heard of the student loses nothing, and StudentErased follows anyway.
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
