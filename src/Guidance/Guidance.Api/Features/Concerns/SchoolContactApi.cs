using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Concerns;

/// <summary>One contact point at school for a placement's trainer: see <see cref="SchoolContactResponse"/>.</summary>
public static class SchoolContactApi
{
    public const string PlacementTeacher = "placementTeacher";
    public const string Mentor = "mentor";

    public static IEndpointRouteBuilder MapSchoolContactApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/placements/{placementId:guid}/school-contact", GetAsync).WithTags("Concerns").RequireAuthorization(Policies.StaffOrTrainer);
        return app;
    }

    private static async Task<Results<Ok<SchoolContactResponse>, NotFound, ForbidHttpResult>> GetAsync(
        Guid placementId, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken);
        var student = placement is null ? null : await db.FindStudentAsync(placement.StudentId, cancellationToken);
        if (placement is null || student is null)
        {
            return TypedResults.NotFound();
        }

        if (!user.IsCurrentTrainerOf(placement) && !ConcernAccess.CanReadAsSchool(user, student, await db.IsLinkedTeacherAsync(user, student.Id, cancellationToken)))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(placement.TeacherStaffId is { } teacher ? new SchoolContactResponse(teacher, PlacementTeacher)
            : student.MentorStaffId is { } mentor ? new SchoolContactResponse(mentor, Mentor)
            : new SchoolContactResponse(null, null));
    }
}
