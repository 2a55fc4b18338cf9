using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Frameworks;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Assessments;

public static class AssessmentsApi
{
    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var students = app.MapGroup("/api/students/{studentId:guid}/assessments").WithTags("Assessments");
        students.MapGet("/", ListAsync);
        students.MapPost("/", StartAsync);

        var assessments = app.MapGroup("/api/assessments").WithTags("Assessments");
        assessments.MapGet("/{id:guid}", GetAsync);
        assessments.MapPut("/{id:guid}", EditAsync);
        assessments.MapDelete("/{id:guid}", DiscardAssessment.HandleAsync);
        assessments.MapPost("/{id:guid}/submit", SubmitAsync);
        assessments.MapPost("/{id:guid}/feed-forward", AddStudentStepAsync).RequireAuthorization(Policies.Student);
        return app;
    }

    /// <summary>The student's assessments the caller may read (drafts only their own, or about themself, or as mentor).</summary>
    private static async Task<Results<Ok<List<AssessmentResponse>>, NotFound, ForbidHttpResult>> ListAsync(
        Guid studentId, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        var linkedTeacher = await db.IsLinkedTeacherAsync(user, studentId, cancellationToken);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.StudentId == studentId).OrderBy(a => a.CreatedAt).ToListAsync(cancellationToken);
        var trainerCompanies = await TrainerCompaniesAsync(db, user, studentId, cancellationToken);
        var corrections = assessments.Where(a => a.SupersedesId is not null && a.Status == AssessmentStatus.Submitted).ToDictionary(a => a.SupersedesId!.Value, a => a.Id);
        var caller = user.CallerId();
        var visible = assessments
            .Where(a => GuidanceAccess.CanRead(user, a, student, a.PlacementId is { } p && trainerCompanies.TryGetValue(p, out var c) ? new HashSet<Guid> { c } : [], linkedTeacher))
            .Select(a => AssessmentResponse.From(a, caller, corrections.TryGetValue(a.Id, out var correction) ? correction : null))
            .ToList();
        if (visible.Count == 0 && !user.HasRole(Roles.Coordinator) && !user.IsMentorOf(student) && !user.IsStudent(studentId) && !linkedTeacher && trainerCompanies.Count == 0)
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(visible);
    }

    private static async Task<Results<Created<AssessmentResponse>, NotFound, ForbidHttpResult>> StartAsync(
        Guid studentId, StartAssessmentRequest request, ClaimsPrincipal user, GuidanceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(request.Role))
        {
            throw new FieldValidationException("role", "Not a known role.");
        }

        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        var placement = request.PlacementId is { } placementId ? await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken) : null;
        if (request.PlacementId is not null && (placement is null || placement.StudentId != studentId))
        {
            throw new FieldValidationException("placementId", "Not a placement of this student.");
        }

        if (placement is not null && !placement.CanBeAssessedIn)
        {
            throw new FieldValidationException("placementId", "The placement is only proposed; nobody has seen the student work there yet.");
        }

        if (request.Role == AssessorRole.Trainer && placement is null)
        {
            throw new FieldValidationException("placementId", "A trainer assesses in the context of the student's placement.");
        }

        var callerAsStudent = request.Role == AssessorRole.Peer && user.StudentId() is { } peer ? await db.FindStudentAsync(peer, cancellationToken) : null;
        var linkedTeacher = request.Role == AssessorRole.Teacher && await db.IsLinkedTeacherAsync(user, studentId, cancellationToken);
        if (!GuidanceAccess.CanAssessAs(user, request.Role, student, placement, callerAsStudent, linkedTeacher))
        {
            return TypedResults.Forbid();
        }

        AttitudeFramework? framework;
        if (request.Supersedes is { } originalId)
        {
            var original = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == originalId && a.StudentId == studentId, cancellationToken)
                ?? throw new FieldValidationException("supersedes", "Not an assessment of this student.");
            if (original.AssessorId != user.CallerId() || original.Role != request.Role)
            {
                return TypedResults.Forbid();
            }

            // One correction per assessment (a unique index on supersedes_id also holds it under concurrency).
            original.EnsureCorrectable(await db.Assessments.AnyAsync(a => a.SupersedesId == originalId, cancellationToken));
            original.EnsureCorrectionKeeps(request.FrameworkId, request.PlacementId, request.Kind);

            framework = await db.Frameworks.AsNoTracking().FirstAsync(f => f.Id == original.FrameworkId, cancellationToken);
        }
        else if (request.FrameworkId is { } frameworkId)
        {
            framework = await db.Frameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == frameworkId, cancellationToken)
                ?? throw new FieldValidationException("frameworkId", "No such framework version.");
            if (!framework.AppliesTo(student.Crebo))
            {
                throw new FieldValidationException("frameworkId", "This framework does not apply to the student's qualification.");
            }
        }
        else
        {
            framework = await db.CurrentForAsync(student.Crebo, cancellationToken)
                ?? throw new FieldValidationException("frameworkId", "No framework applies to the student's qualification.");
        }

        var assessment = Assessment.Start(Guid.CreateVersion7(), studentId, framework, user.CallerId(), user.FindFirst(ClaimNames.Name)?.Value,
            request.Role, request.PlacementId, request.Kind, request.Supersedes, clock.GetUtcNow());
        assessment.Edit(framework, request.Ratings ?? [], request.OverallComment, request.FeedForward ?? [], byStudentAssessed: user.IsStudent(studentId));
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessments/{assessment.Id}", AssessmentResponse.From(assessment, user.CallerId()));
    }

    private static async Task<Results<Ok<AssessmentResponse>, NotFound, ForbidHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return TypedResults.NotFound();
        }

        var student = await db.FindStudentAsync(assessment.StudentId, cancellationToken);
        var linkedTeacher = await db.IsLinkedTeacherAsync(user, assessment.StudentId, cancellationToken);
        var companies = await TrainerCompaniesAsync(db, user, assessment.StudentId, cancellationToken);
        var placementCompany = assessment.PlacementId is { } p && companies.TryGetValue(p, out var company) ? new HashSet<Guid> { company } : [];
        if (!GuidanceAccess.CanRead(user, assessment, student, placementCompany, linkedTeacher))
        {
            return TypedResults.Forbid();
        }

        var corrections = await db.Assessments.SubmittedCorrectionsAsync([assessment.Id], cancellationToken);
        return TypedResults.Ok(AssessmentResponse.From(assessment, user.CallerId(), corrections.TryGetValue(assessment.Id, out var correction) ? correction : null));
    }

    private static async Task<Results<Ok<AssessmentResponse>, NotFound, ForbidHttpResult>> EditAsync(
        Guid id, EditAssessmentRequest request, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return TypedResults.NotFound();
        }

        if (assessment.AssessorId != user.CallerId())
        {
            return TypedResults.Forbid();
        }

        var framework = await db.Frameworks.AsNoTracking().FirstAsync(f => f.Id == assessment.FrameworkId, cancellationToken);
        assessment.Edit(framework, request.Ratings ?? [], request.OverallComment, request.FeedForward ?? [], byStudentAssessed: user.IsStudent(assessment.StudentId));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AssessmentResponse.From(assessment, user.CallerId()));
    }

    private static async Task<Results<Ok<AssessmentResponse>, NotFound, ForbidHttpResult>> SubmitAsync(
        Guid id, ClaimsPrincipal user, GuidanceDbContext db, SignalRules rules, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return TypedResults.NotFound();
        }

        // Submitting adds to the student's record: it needs the relationship starting needed, still (a teacher unlinked
        // meanwhile, a mentor replaced, a trainer whose company the placement is not).
        if (assessment.AssessorId != user.CallerId() || !await StillMayAssessAsync(user, assessment, db, cancellationToken))
        {
            return TypedResults.Forbid();
        }

        var framework = await db.Frameworks.AsNoTracking().FirstAsync(f => f.Id == assessment.FrameworkId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A correction only saves itself: the original it points at stays as submitted, and stops counting.
        assessment.Submit(framework, clock.GetUtcNow());
        await db.AttitudeAssessmentSubmittedAsync(assessment, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await rules.AfterAssessmentSubmittedAsync(assessment, cancellationToken);
        await projector.RefreshAsync(assessment.StudentId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(AssessmentResponse.From(assessment, user.CallerId()));
    }

    /// <summary>The student co-writes the feed-forward of a draft about them.</summary>
    private static async Task<Results<Ok<AssessmentResponse>, NotFound, ForbidHttpResult>> AddStudentStepAsync(
        Guid id, StudentStepRequest request, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsStudent(assessment.StudentId))
        {
            return TypedResults.Forbid();
        }

        assessment.AddStudentStep(request.Text);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AssessmentResponse.From(assessment, user.CallerId()));
    }

    private static async Task<bool> StillMayAssessAsync(ClaimsPrincipal user, Assessment assessment, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(assessment.StudentId, cancellationToken);
        if (student is null)
        {
            return false;
        }

        var placement = assessment.PlacementId is { } placementId ? await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken) : null;
        var callerAsStudent = assessment.Role == AssessorRole.Peer && user.StudentId() is { } peer ? await db.FindStudentAsync(peer, cancellationToken) : null;
        var linkedTeacher = assessment.Role == AssessorRole.Teacher && await db.IsLinkedTeacherAsync(user, assessment.StudentId, cancellationToken);
        return GuidanceAccess.CanAssessAs(user, assessment.Role, student, placement, callerAsStudent, linkedTeacher);
    }

    /// <summary>For a trainer: placement id → company, for the student's placements at the trainer's companies.</summary>
    private static async Task<Dictionary<Guid, Guid>> TrainerCompaniesAsync(GuidanceDbContext db, ClaimsPrincipal user, Guid studentId, CancellationToken cancellationToken)
    {
        var companies = user.HasRole(Roles.Trainer) ? user.CompanyIds().ToList() : [];
        if (companies.Count == 0)
        {
            return [];
        }

        return await db.Placements.AsNoTracking()
            .Where(p => p.StudentId == studentId && companies.Contains(p.CompanyId))
            .ToDictionaryAsync(p => p.Id, p => p.CompanyId, cancellationToken);
    }
}
