using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Progress;

public static class ProgressApi
{
    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/students/{studentId:guid}/progress", GetAsync).WithTags("Progress");
        return app;
    }

    /// <summary>The student copy (for access) and the precomputed document: two primary-key reads, no call to another service.</summary>
    private static async Task<Results<Ok<ProgressResponse>, NotFound, ForbidHttpResult>> GetAsync(
        Guid studentId, ClaimsPrincipal user, GuidanceDbContext db, ProgressProjector projector, TimeProvider clock, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken);
        if (student is null)
        {
            return TypedResults.NotFound();
        }

        var teacherAssessed = user.HasRole(Roles.Teacher) && await db.HasAssessedAsync(user.CallerId(), studentId, cancellationToken);
        if (!GuidanceAccess.CanReadProgress(user, student, teacherAssessed))
        {
            return TypedResults.Forbid();
        }

        var json = await db.ProgressDocuments.AsNoTracking().Where(d => d.StudentId == studentId).Select(d => d.Document).FirstOrDefaultAsync(cancellationToken);
        // Built lazily for a student no change has touched yet (e.g. data written before the document existed).
        var progress = json is not null
            ? JsonSerializer.Deserialize<ProgressResponse>(json, JsonColumn.Options)
            : await projector.RefreshAsync(studentId, cancellationToken);
        return progress is null ? TypedResults.NotFound() : TypedResults.Ok(ProgressProjector.AsOf(progress, clock.GetUtcNow()));
    }
}
