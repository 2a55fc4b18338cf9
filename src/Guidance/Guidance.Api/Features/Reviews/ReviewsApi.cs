using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Reviews;

public static class ReviewsApi
{
    public static IEndpointRouteBuilder MapReviewsApi(this IEndpointRouteBuilder app)
    {
        var students = app.MapGroup("/api/students/{studentId:guid}/reviews").WithTags("Reviews");
        students.MapGet("/", ListAsync);
        students.MapPost("/", ScheduleAsync).RequireAuthorization(Policies.Mentor);

        var reviews = app.MapGroup("/api/reviews").WithTags("Reviews");
        reviews.MapGet("/{id:guid}", GetAsync);
        reviews.MapPost("/{id:guid}/hold", HoldAsync).RequireAuthorization(Policies.Mentor);
        reviews.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(Policies.Mentor);
        return app;
    }

    private static async Task<Results<Ok<List<ReviewResponse>>, NotFound, ForbidHttpResult>> ListAsync(
        Guid studentId, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsStudent(studentId) && !user.IsMentorOf(student) && !user.HasRole(Roles.Coordinator))
        {
            return TypedResults.Forbid();
        }

        var reviews = await db.Reviews.AsNoTracking().Where(r => r.StudentId == studentId).OrderBy(r => r.ScheduledAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(reviews.Select(ReviewResponse.From).ToList());
    }

    private static async Task<Results<Created<ReviewResponse>, NotFound, ForbidHttpResult>> ScheduleAsync(
        Guid studentId, ScheduleReviewRequest request, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsMentorOf(student))
        {
            return TypedResults.Forbid();
        }

        if (request.ScheduledAt == default)
        {
            throw new FieldValidationException("scheduledAt", "When is the review?");
        }

        var now = clock.GetUtcNow();
        Review.EnsureSensibleDate(request.ScheduledAt, student.GuidanceStart(DateOnly.FromDateTime(now.UtcDateTime)), now);
        var review = Review.Schedule(Guid.CreateVersion7(), studentId, request.ScheduledAt, request.Participants ?? ["student", "mentor"], user.CallerId());
        db.Reviews.Add(review);
        db.ReviewScheduled(review, now);
        await db.SaveChangesAsync(cancellationToken);
        await projector.RefreshAsync(studentId, cancellationToken);
        return TypedResults.Created($"/api/reviews/{review.Id}", ReviewResponse.From(review));
    }

    private static async Task<Results<Ok<ReviewResponse>, NotFound, ForbidHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var student = review is null ? null : await db.FindStudentAsync(review.StudentId, cancellationToken);
        if (review is null || student is null)
        {
            return TypedResults.NotFound();
        }

        return user.IsStudent(student.Id) || user.IsMentorOf(student) || user.HasRole(Roles.Coordinator)
            ? TypedResults.Ok(ReviewResponse.From(review))
            : TypedResults.Forbid();
    }

    /// <summary>Records the review; feed-forward from assessments submitted since the last held review is pulled in.</summary>
    private static async Task<Results<Ok<ReviewResponse>, NotFound, ForbidHttpResult>> HoldAsync(
        Guid id, HoldReviewRequest request, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var student = review is null ? null : await db.FindStudentAsync(review.StudentId, cancellationToken);
        if (review is null || student is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsMentorOf(student))
        {
            return TypedResults.Forbid();
        }

        var now = clock.GetUtcNow();
        var lastHeld = await db.Reviews.Where(r => r.StudentId == student.Id && r.Status == ReviewStatus.Held).MaxAsync(r => r.HeldAt, cancellationToken);
        var since = lastHeld ?? DateTimeOffset.MinValue;
        var recent = await db.Assessments.Counting()
            .Where(a => a.StudentId == student.Id && a.SubmittedAt > since)
            .OrderBy(a => a.SubmittedAt)
            .ToListAsync(cancellationToken);
        var pulled = recent.SelectMany(a => a.FeedForward.Select(step => new PulledFeedForward(a.Id, a.Role, a.SubmittedAt!.Value, step.Text, step.ByStudent))).ToList();

        var outcomes = request.GoalOutcomes ?? [];
        IndividualPlan.EnsureReviewShape(outcomes, request.NewAgreements ?? []);
        var agreements = (request.NewAgreements ?? [])
            .Select(a => new PlanAgreement(Guid.NewGuid(), a.Kind, a.Text?.Trim() ?? "", DateOnly.FromDateTime(now.UtcDateTime)))
            .ToList();
        review.Hold(request.Discussion ?? "", outcomes, agreements, pulled, now);

        var plan = await db.Plans.FirstOrDefaultAsync(p => p.StudentId == student.Id, cancellationToken);
        if (plan is null && (outcomes.Count > 0 || agreements.Count > 0))
        {
            throw new FieldValidationException("goalOutcomes", "The student has no plan yet; write the plan first.");
        }

        if (plan is not null && (outcomes.Count > 0 || agreements.Count > 0))
        {
            db.PlanRevisions.Add(plan.ApplyReview(outcomes, agreements, user.CallerId(), now));
            db.PlanUpdated(plan);
        }

        db.ReviewHeld(review, plan);
        await db.SaveChangesAsync(cancellationToken);
        await projector.RefreshAsync(review.StudentId, cancellationToken);
        return TypedResults.Ok(ReviewResponse.From(review));
    }

    private static async Task<Results<Ok<ReviewResponse>, NotFound, ForbidHttpResult>> CancelAsync(
        Guid id, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var student = review is null ? null : await db.FindStudentAsync(review.StudentId, cancellationToken);
        if (review is null || student is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsMentorOf(student))
        {
            return TypedResults.Forbid();
        }

        review.Cancel();
        db.ReviewCancelled(review, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await projector.RefreshAsync(review.StudentId, cancellationToken);
        return TypedResults.Ok(ReviewResponse.From(review));
    }
}
