using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Students.Security;

namespace PartnershipHub.Students.Features.Students;

/// <summary>Students: list, register, read and edit personal details.</summary>
public static class StudentsApi
{
    // A whole cohort (a few hundred students) fits one page, for grids that show it at once.
    public const int MaxPageSize = 500;

    /// <summary>Far beyond any school's students, and (page - 1) * pageSize cannot overflow.</summary>
    public const int MaxPage = 100_000;

    public static IEndpointRouteBuilder MapStudentsApi(this IEndpointRouteBuilder app)
    {
        var students = app.MapGroup("/api/students").WithTags("Students").RequireAuthorization(StudentsPolicies.SchoolMembers);
        students.MapGet("/", ListStudents);
        students.MapPost("/", CreateStudent).RequireAuthorization(Policies.Coordinator);
        students.MapGet("/{id:guid}", GetStudent);
        students.MapPut("/{id:guid}", UpdateStudent);
        return app;
    }

    public static async Task<Results<Ok<PagedList<StudentSummary>>, ValidationProblem, ForbidHttpResult>> ListStudents(
        ClaimsPrincipal user,
        StudentsDbContext db,
        CancellationToken cancellationToken,
        string? text = null,
        string? crebo = null,
        string? cohort = null,
        Guid? mentor = null,
        string? status = null,
        bool? intakeComplete = null,
        bool? mentorInactive = null,
        int page = 1,
        int pageSize = 50)
    {
        if (!StudentAccess.CanList(user))
        {
            return TypedResults.Forbid();
        }

        var errors = new Dictionary<string, string[]>();
        if (page is < 1 or > MaxPage)
        {
            errors["page"] = [$"Between 1 and {MaxPage}."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"Between 1 and {MaxPageSize}."];
        }

        if (crebo is not null && !CreboCode.IsValid(crebo))
        {
            errors["crebo"] = ["A crebo code is exactly 5 digits."];
        }

        // Parsed here rather than bound: binding enums is case-sensitive, and the API speaks camelCase ("leftEarly").
        StudentStatus? statusFilter = null;
        if (status is not null)
        {
            if (Enum.TryParse<StudentStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(status[0]))
            {
                statusFilter = parsed;
            }
            else
            {
                errors["status"] = ["active, paused, graduated or leftEarly."];
            }
        }

        if (text?.Length > 100)
        {
            errors["text"] = ["At most 100 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Students.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{EscapeLike(text.Trim())}%";
            query = query.Where(s => EF.Functions.ILike(s.LastName, pattern)
                || EF.Functions.ILike(s.FirstName, pattern)
                || EF.Functions.ILike(s.StudentNumber, pattern));
        }

        if (!string.IsNullOrWhiteSpace(cohort))
        {
            query = query.Where(s => s.Cohort == cohort.Trim());
        }

        if (mentor is not null)
        {
            query = query.Where(s => s.MentorStaffId == mentor);
        }

        if (statusFilter is not null)
        {
            query = query.Where(s => s.Status == statusFilter);
        }

        if (intakeComplete is not null)
        {
            query = intakeComplete.Value ? query.Where(s => s.IntakeCompletedOn != null) : query.Where(s => s.IntakeCompletedOn == null);
        }

        // A mentor Identity deactivated or took the role from stays the student's mentor (history) until reassigned:
        // true finds those students, false those whose mentor is an active mentor; students without a mentor are in neither.
        var activeMentors = db.ActiveMentorsQuery();
        if (mentorInactive is not null)
        {
            query = mentorInactive.Value
                ? query.Where(s => s.MentorStaffId != null && !activeMentors.Any(m => m.StaffId == s.MentorStaffId))
                : query.Where(s => activeMentors.Any(m => m.StaffId == s.MentorStaffId));
        }

        // Every student has exactly one current enrolment: an inner join (indexed) rather than a per-row subquery.
        var current = db.Enrolments.AsNoTracking().Where(e => e.EndedOn == null);
        if (crebo is not null)
        {
            current = current.Where(e => e.Crebo == crebo);
        }

        var rows = query.Join(current, s => s.Id, e => e.StudentId, (s, e) => new
        {
            s.Id, s.StudentNumber, s.FirstName, s.LastName, s.Cohort, s.Status, s.MentorStaffId, s.IntakeCompletedOn,
            e.Crebo, e.QualificationName, e.Level,
        });
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows
            .OrderBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            // For the page only (an EXISTS on the copy's key per row), not for counting.
            .Select(s => new { Row = s, MentorActive = activeMentors.Any(m => m.StaffId == s.MentorStaffId) })
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(new PagedList<StudentSummary>(
            [.. items.Select(i => new StudentSummary(
                i.Row.Id, i.Row.StudentNumber, i.Row.FirstName, i.Row.LastName, i.Row.Cohort, i.Row.Status,
                i.Row.Crebo, i.Row.QualificationName, i.Row.Level, i.Row.MentorStaffId, i.Row.IntakeCompletedOn != null, i.MentorActive))],
            page,
            pageSize,
            total));
    }

    public static async Task<Created<StudentResponse>> CreateStudent(
        CreateStudentRequest request, StudentsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var errors = new ValidationErrors();
        var details = StudentDetails.Create(
            request.StudentNumber, request.FirstName, request.LastName, request.DateOfBirth, request.Email, request.Phone,
            request.HomePostcode, request.Cohort, today, errors);
        var enrolment = request.Enrolment is { } e
            ? EnrolmentDetails.Create(e.Crebo, e.QualificationName, e.Level, e.Route, e.StartDate, e.ExpectedEndDate, e.Team, errors, "enrolment.")
            : null;
        if (request.Enrolment is null)
        {
            errors.Add("enrolment", "A student is registered with the programme they follow.");
        }

        if (request.MentorStaffId == Guid.Empty)
        {
            errors.Add(ActiveMentors.Field, "Not a staff id.");
        }
        else if (request.MentorStaffId is { } mentor && !await db.IsActiveMentorAsync(mentor, cancellationToken))
        {
            errors.Add(ActiveMentors.Field, ActiveMentors.NotAnActiveMentor);
        }

        errors.ThrowIfAny();

        if (await db.Students.AnyAsync(s => s.StudentNumber == details.StudentNumber, cancellationToken))
        {
            throw new ConflictException("student-number-taken", $"Student number {details.StudentNumber} is already registered.");
        }

        var student = Student.Register(Guid.CreateVersion7(now), Guid.CreateVersion7(now), details, enrolment!, request.MentorStaffId, now);
        db.Students.Add(student);
        db.EnqueueEvent(StudentEvents.Enrolled(student));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(
            $"/api/students/{student.Id}", StudentResponse.From(student, basicOnly: false, today, mentorActive: student.MentorStaffId is not null));
    }

    public static async Task<Results<Ok<StudentResponse>, NotFound, ForbidHttpResult>> GetStudent(
        Guid id, ClaimsPrincipal user, StudentsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(id, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        var view = StudentAccess.View(user, student.Id, student.MentorStaffId);
        if (view == StudentView.None)
        {
            return TypedResults.Forbid();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var mentorActive = await db.IsActiveMentorAsync(student.MentorStaffId, cancellationToken);
        return TypedResults.Ok(StudentResponse.From(student, basicOnly: view == StudentView.Basic, today, mentorActive));
    }

    public static async Task<Results<Ok<StudentResponse>, NotFound, ForbidHttpResult>> UpdateStudent(
        Guid id, UpdateStudentRequest request, ClaimsPrincipal user, StudentsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
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

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var errors = new ValidationErrors();
        var details = StudentDetails.Create(
            request.StudentNumber, request.FirstName, request.LastName, request.DateOfBirth, request.Email, request.Phone,
            request.HomePostcode, request.Cohort, today, errors);
        errors.ThrowIfAny();

        if (details.StudentNumber != student.StudentNumber
            && await db.Students.AnyAsync(s => s.StudentNumber == details.StudentNumber, cancellationToken))
        {
            throw new ConflictException("student-number-taken", $"Student number {details.StudentNumber} is already registered.");
        }

        if (student.UpdateDetails(details, now))
        {
            db.EnqueueEvent(StudentEvents.Updated(student));
            await db.SaveChangesAsync(cancellationToken);
        }

        var mentorActive = await db.IsActiveMentorAsync(student.MentorStaffId, cancellationToken);
        return TypedResults.Ok(StudentResponse.From(student, basicOnly: false, today, mentorActive));
    }

    internal static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
