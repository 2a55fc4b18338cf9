using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Teachers;

/// <summary>The school links teachers to a student: a coordinator, or the student's own mentor.</summary>
public static class StudentTeachersApi
{
    public static IEndpointRouteBuilder MapStudentTeachersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/students/{studentId:guid}/teachers").WithTags("Teachers");
        group.MapGet("/", ListAsync);
        group.MapPut("/{teacherStaffId:guid}", LinkAsync);
        group.MapDelete("/{teacherStaffId:guid}", UnlinkAsync);
        return app;
    }

    private static bool MayLink(ClaimsPrincipal user, StudentCopy student) => user.HasRole(Roles.Coordinator) || user.IsMentorOf(student);

    private static async Task<Results<Ok<List<StudentTeacherResponse>>, NotFound, ForbidHttpResult>> ListAsync(
        Guid studentId, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!MayLink(user, student))
        {
            return TypedResults.Forbid();
        }

        var links = await db.StudentTeachers.AsNoTracking().Where(l => l.StudentId == studentId).OrderBy(l => l.LinkedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(links.Select(StudentTeacherResponse.From).ToList());
    }

    /// <summary>Idempotent: linking a linked teacher answers the existing link.</summary>
    private static async Task<Results<Ok<StudentTeacherResponse>, NotFound, ForbidHttpResult>> LinkAsync(
        Guid studentId, Guid teacherStaffId, ClaimsPrincipal user, GuidanceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!MayLink(user, student))
        {
            return TypedResults.Forbid();
        }

        if (teacherStaffId == Guid.Empty)
        {
            throw new FieldValidationException("teacherStaffId", "Give the teacher's staff id.");
        }

        var link = await db.StudentTeachers.AsNoTracking().FirstOrDefaultAsync(l => l.StudentId == studentId && l.TeacherStaffId == teacherStaffId, cancellationToken);
        if (link is null)
        {
            link = StudentTeacher.Link(studentId, teacherStaffId, user.CallerId(), clock.GetUtcNow());
            db.StudentTeachers.Add(link);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(StudentTeacherResponse.From(link));
    }

    private static async Task<Results<NoContent, NotFound, ForbidHttpResult>> UnlinkAsync(
        Guid studentId, Guid teacherStaffId, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!MayLink(user, student))
        {
            return TypedResults.Forbid();
        }

        var removed = await db.StudentTeachers.Where(l => l.StudentId == studentId && l.TeacherStaffId == teacherStaffId).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }
}
