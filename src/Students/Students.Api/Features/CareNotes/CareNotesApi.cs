using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Students.Security;

namespace PartnershipHub.Students.Features.CareNotes;

/// <summary>
/// Sensitive notes about private circumstances. Only the student's own mentor and care staff read or write them,
/// and every read and write is logged (with ids only) for care staff to review.
/// </summary>
public static class CareNotesApi
{
    public static IEndpointRouteBuilder MapCareNotesApi(this IEndpointRouteBuilder app)
    {
        var notes = app.MapGroup("/api/students/{id:guid}/care-notes").WithTags("Care notes").RequireAuthorization(StudentsPolicies.SchoolMembers);
        notes.MapGet("/", ReadCareNotes);
        notes.MapPost("/", WriteCareNote);
        notes.MapGet("/access-log", ReadAccessLog).RequireAuthorization(Policies.Care);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<CareNoteResponse>>, NotFound, ForbidHttpResult>> ReadCareNotes(
        Guid id, ClaimsPrincipal user, StudentsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.Students.FindAsync([id], cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!StudentAccess.CanUseCareNotes(user, student.MentorStaffId))
        {
            return TypedResults.Forbid();
        }

        var notes = await db.CareNotes.AsNoTracking()
            .Where(n => n.StudentId == id)
            .OrderByDescending(n => n.WrittenAt)
            .Select(n => new CareNoteResponse(n.Id, n.AuthorStaffId, n.Text, n.WrittenAt))
            .ToListAsync(cancellationToken);

        // The read is logged even when there is nothing to read: looking is what the log is about.
        db.CareNoteAccessLog.Add(CareNoteAccess.Record(id, user.StaffId()!.Value, StudentAccess.CareNoteRole(user), CareNoteAccessKind.Read, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CareNoteResponse>>(notes);
    }

    public static async Task<Results<Created<CareNoteResponse>, NotFound, ForbidHttpResult>> WriteCareNote(
        Guid id, CareNoteRequest request, ClaimsPrincipal user, StudentsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.Students.FindAsync([id], cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!StudentAccess.CanUseCareNotes(user, student.MentorStaffId))
        {
            return TypedResults.Forbid();
        }

        var now = clock.GetUtcNow();
        var staffId = user.StaffId()!.Value;
        var note = CareNote.Write(id, staffId, request.Text, now);
        db.CareNotes.Add(note);
        db.CareNoteAccessLog.Add(CareNoteAccess.Record(id, staffId, StudentAccess.CareNoteRole(user), CareNoteAccessKind.Write, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/students/{id}/care-notes", new CareNoteResponse(note.Id, note.AuthorStaffId, note.Text, note.WrittenAt));
    }

    /// <summary>Care staff only; still answers for an erased student, whose log keeps only pseudonymous ids.</summary>
    public static async Task<Results<Ok<IReadOnlyList<CareNoteAccessEntry>>, NotFound>> ReadAccessLog(
        Guid id, StudentsDbContext db, CancellationToken cancellationToken)
    {
        var known = await db.Students.AnyAsync(s => s.Id == id, cancellationToken)
            || await db.ErasedStudents.AnyAsync(e => e.Id == id, cancellationToken);
        if (!known)
        {
            return TypedResults.NotFound();
        }

        var entries = await db.CareNoteAccessLog.AsNoTracking()
            .Where(a => a.StudentId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new CareNoteAccessEntry(a.StudentId, a.StaffId, a.Role, a.Kind, a.At))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CareNoteAccessEntry>>(entries);
    }
}
