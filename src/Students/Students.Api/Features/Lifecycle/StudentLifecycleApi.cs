using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnershipHub.Messaging;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Students.Security;

namespace PartnershipHub.Students.Features.Lifecycle;

/// <summary>What happens to a student over time: a mentor, a status, a programme change.</summary>
public static class StudentLifecycleApi
{
    public static IEndpointRouteBuilder MapStudentLifecycleApi(this IEndpointRouteBuilder app)
    {
        var student = app.MapGroup("/api/students/{id:guid}").WithTags("Students").RequireAuthorization(StudentsPolicies.SchoolMembers);
        student.MapPut("/mentor", AssignMentor).RequireAuthorization(Policies.Coordinator);
        student.MapPut("/status", ChangeStatus);
        student.MapPost("/enrolments", ChangeProgramme).RequireAuthorization(Policies.Coordinator);
        return app;
    }

    public static async Task<Results<Ok<StudentResponse>, NotFound>> AssignMentor(
        Guid id, AssignMentorRequest request, StudentsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.MentorStaffId is null || request.MentorStaffId == Guid.Empty)
        {
            throw new FieldValidationException("mentorStaffId", "A staff id is required.");
        }

        var student = await db.FindStudentAsync(id, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        // Checked even when the mentor stays the same: a coordinator choosing them again chooses an inactive mentor.
        await db.EnsureActiveMentorAsync(request.MentorStaffId.Value, cancellationToken);

        var now = clock.GetUtcNow();
        if (student.AssignMentor(request.MentorStaffId.Value, now))
        {
            db.EnqueueEvent(LifecycleEvents.MentorAssigned(student));
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(StudentResponse.From(student, basicOnly: false, DateOnly.FromDateTime(now.UtcDateTime), mentorActive: true));
    }

    /// <summary>Coordinators, and mentors for their own mentees (they are the first to hear a student stops).</summary>
    public static async Task<Results<Ok<StudentResponse>, NotFound, ForbidHttpResult>> ChangeStatus(
        Guid id, ChangeStatusRequest request, ClaimsPrincipal user, StudentsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(id, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!StudentAccess.CanEdit(user, student.MentorStaffId))
        {
            return TypedResults.Forbid();
        }

        var errors = new ValidationErrors();
        var status = errors.Required("status", request.Status);
        var effectiveOn = errors.Required("effectiveOn", request.EffectiveOn);
        errors.ThrowIfAny();

        var now = clock.GetUtcNow();
        if (student.ChangeStatus(status, request.Reason, effectiveOn, now))
        {
            db.EnqueueEvent(LifecycleEvents.StatusChanged(student));
            await db.SaveChangesAsync(cancellationToken);
        }

        var mentorActive = await db.IsActiveMentorAsync(student.MentorStaffId, cancellationToken);
        return TypedResults.Ok(StudentResponse.From(student, basicOnly: false, DateOnly.FromDateTime(now.UtcDateTime), mentorActive));
    }

    public static async Task<Results<Created<StudentResponse>, NotFound>> ChangeProgramme(
        Guid id, EnrolmentRequest request, StudentsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var enrolment = EnrolmentDetails.Create(
            request.Crebo, request.QualificationName, request.Level, request.Route, request.StartDate, request.ExpectedEndDate, request.Team, errors);
        errors.ThrowIfAny();

        var student = await db.FindStudentAsync(id, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var next = student.ChangeProgramme(Guid.CreateVersion7(now), enrolment, now);
        db.Enrolments.Add(next);
        db.EnqueueEvent(LifecycleEvents.EnrolmentChanged(student));
        await db.SaveChangesAsync(cancellationToken);
        var mentorActive = await db.IsActiveMentorAsync(student.MentorStaffId, cancellationToken);
        return TypedResults.Created(
            $"/api/students/{student.Id}", StudentResponse.From(student, basicOnly: false, DateOnly.FromDateTime(now.UtcDateTime), mentorActive));
    }
}
