using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Students.Features.Students;
using PartnershipHub.Students.Infrastructure;
using PartnershipHub.Students.Security;

namespace PartnershipHub.Students.Features.Mentors;

/// <summary>
/// The mentors a student can be given: Identity's active staff members with the mentor role, as announced to this
/// service (StaffMemberChanged), so a coordinator picks from the real staff list instead of typing a staff id.
/// </summary>
public static class MentorsApi
{
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapMentorsApi(this IEndpointRouteBuilder app)
    {
        var mentors = app.MapGroup("/api/mentors").WithTags("Mentors").RequireAuthorization(StudentsPolicies.MentorReaders);
        mentors.MapGet("/", ListMentors);
        return app;
    }

    public static async Task<Results<Ok<PagedList<MentorSummary>>, ValidationProblem>> ListMentors(
        StudentsDbContext db, CancellationToken cancellationToken, string? search = null, int page = 1, int pageSize = 50)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1 or > StudentsApi.MaxPage)
        {
            errors["page"] = [$"Between 1 and {StudentsApi.MaxPage}."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"Between 1 and {MaxPageSize}."];
        }

        if (search?.Length > 100)
        {
            errors["search"] = ["At most 100 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var mentors = db.ActiveMentorsQuery().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{StudentsApi.EscapeLike(search.Trim())}%";
            mentors = mentors.Where(m => EF.Functions.ILike(m.DisplayName, pattern));
        }

        var total = await mentors.CountAsync(cancellationToken);
        var items = await mentors
            .OrderBy(m => m.DisplayName).ThenBy(m => m.StaffId)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            // Graduated students and early leavers keep their last mentor, but are nobody's caseload any more.
            .Select(m => new MentorSummary(
                m.StaffId,
                m.DisplayName,
                db.Students.Count(s => s.MentorStaffId == m.StaffId && (s.Status == StudentStatus.Active || s.Status == StudentStatus.Paused))))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<MentorSummary>(items, page, pageSize, total));
    }
}
