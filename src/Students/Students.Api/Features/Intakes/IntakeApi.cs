using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Students.Security;

namespace PartnershipHub.Students.Features.Intakes;

/// <summary>The intake: read by staff who guide the student and by the student (without staff notes); edited by coordinators and the own mentor.</summary>
public static class IntakeApi
{
    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder app)
    {
        var intake = app.MapGroup("/api/students/{id:guid}/intake").WithTags("Intake").RequireAuthorization(StudentsPolicies.SchoolMembers);
        intake.MapGet("/", GetIntake);
        intake.MapPut("/", SaveIntake);
        return app;
    }

    public static async Task<Results<Ok<IntakeResponse>, NotFound, ForbidHttpResult>> GetIntake(
        Guid id, ClaimsPrincipal user, StudentsDbContext db, CancellationToken cancellationToken)
    {
        var student = await db.Students.FindAsync([id], cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        return StudentAccess.View(user, student.Id, student.MentorStaffId) switch
        {
            StudentView.Full => TypedResults.Ok(IntakeResponse.From(student, withStaffNotes: true)),
            StudentView.Own => TypedResults.Ok(IntakeResponse.From(student, withStaffNotes: false)),
            _ => TypedResults.Forbid(),
        };
    }

    public static async Task<Results<Ok<IntakeResponse>, NotFound, ForbidHttpResult>> SaveIntake(
        Guid id, IntakeRequest request, ClaimsPrincipal user, StudentsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // With its enrolments: the intake date is judged against the programme's start.
        var student = await db.FindStudentAsync(id, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!StudentAccess.CanEdit(user, student.MentorStaffId))
        {
            return TypedResults.Forbid();
        }

        if (request.Revision is < 0)
        {
            throw new FieldValidationException("revision", "A revision is never negative: send the revision the intake was read at.");
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var intake = request.ToIntake(today);
        if (student.RecordIntake(intake, request.Complete, request.Revision, today, now))
        {
            db.EnqueueEvent(IntakeEvents.IntakeCompleted(student));
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(IntakeResponse.From(student, withStaffNotes: true));
    }
}
