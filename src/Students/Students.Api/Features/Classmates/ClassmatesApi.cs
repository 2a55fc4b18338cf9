using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Infrastructure;

namespace PartnershipHub.Students.Features.Classmates;

/// <summary>
/// A student's classmates (active students of the same cohort), so a student can pick whom to assess as a peer.
/// Guidance accepts a peer assessment between students of the same cohort; this list gives exactly those, by name only.
/// </summary>
public static class ClassmatesApi
{
    /// <summary>Larger than any class; a whole year group sharing one cohort name is narrowed with <c>text</c>.</summary>
    public const int MaxClassmates = 200;

    public static IEndpointRouteBuilder MapClassmatesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/students/me/classmates", ListClassmates)
            .WithTags("Students")
            .RequireAuthorization(Policies.Student);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<Classmate>>, ValidationProblem, NotFound>> ListClassmates(
        ClaimsPrincipal user, StudentsDbContext db, CancellationToken cancellationToken, string? text = null)
    {
        if (text?.Length > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["At most 100 characters."] });
        }

        var me = user.StudentId();
        var cohort = await db.Students.AsNoTracking().Where(s => s.Id == me).Select(s => s.Cohort).SingleOrDefaultAsync(cancellationToken);
        if (cohort is null)
        {
            // Erased, or a token for a student this school does not hold.
            return TypedResults.NotFound();
        }

        var query = db.Students.AsNoTracking().Where(s => s.Cohort == cohort && s.Id != me && s.Status == StudentStatus.Active);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{StudentsApi.EscapeLike(text.Trim())}%";
            query = query.Where(s => EF.Functions.ILike(s.FirstName, pattern) || EF.Functions.ILike(s.LastName, pattern));
        }

        IReadOnlyList<Classmate> classmates = await query
            .OrderBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.Id)
            .Take(MaxClassmates)
            .Select(s => new Classmate(s.Id, s.FirstName, s.LastName))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(classmates);
    }
}
