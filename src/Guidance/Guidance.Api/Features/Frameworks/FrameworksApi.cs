using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Frameworks;

public static class FrameworksApi
{
    public static IEndpointRouteBuilder MapFrameworksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/frameworks").WithTags("Frameworks");
        group.MapGet("/", ListAsync);
        group.MapGet("/current", CurrentAsync);
        group.MapGet("/usage", UsageAsync).RequireAuthorization(Policies.Coordinator);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/", PublishAsync).RequireAuthorization(Policies.Coordinator);
        return app;
    }

    /// <summary>Every published version, newest first per key.</summary>
    private static async Task<Ok<List<FrameworkResponse>>> ListAsync(GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var frameworks = await db.Frameworks.AsNoTracking().OrderBy(f => f.Key).ThenByDescending(f => f.Version).ToListAsync(cancellationToken);
        return TypedResults.Ok(frameworks.Select(FrameworkResponse.From).ToList());
    }

    /// <summary>
    /// Per published version: its assessments (submitted and drafts) and the programmes they were for. Counted in the
    /// database (two grouped queries), so it stays one small answer however many assessments there are.
    /// </summary>
    private static async Task<Ok<List<FrameworkUsageResponse>>> UsageAsync(GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var frameworks = await db.Frameworks.AsNoTracking()
            .OrderBy(f => f.Key).ThenByDescending(f => f.Version)
            .Select(f => new { f.Id, f.Key, f.Version })
            .ToListAsync(cancellationToken);
        var byStatus = await db.Assessments.AsNoTracking()
            .GroupBy(a => new { a.FrameworkId, a.Status })
            .Select(g => new { g.Key.FrameworkId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byProgramme = await db.Assessments.AsNoTracking()
            .GroupJoin(db.Students.AsNoTracking(), a => a.StudentId, s => s.Id, (a, students) => new { a, students })
            .SelectMany(x => x.students.DefaultIfEmpty(), (x, s) => new { x.a.FrameworkId, Crebo = s == null ? null : s.Crebo, Name = s == null ? null : s.QualificationName })
            .GroupBy(x => new { x.FrameworkId, x.Crebo, x.Name })
            .Select(g => new { g.Key.FrameworkId, g.Key.Crebo, g.Key.Name, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(frameworks.Select(f =>
        {
            var submitted = byStatus.Where(c => c.FrameworkId == f.Id && c.Status == AssessmentStatus.Submitted).Sum(c => c.Count);
            var drafts = byStatus.Where(c => c.FrameworkId == f.Id && c.Status == AssessmentStatus.Draft).Sum(c => c.Count);
            var programmes = byProgramme.Where(p => p.FrameworkId == f.Id)
                .OrderByDescending(p => p.Count).ThenBy(p => p.Crebo)
                .Select(p => new ProgrammeUsage(p.Crebo, p.Name, p.Count))
                .ToList();
            return new FrameworkUsageResponse(f.Id, f.Key, f.Version, submitted + drafts, submitted, drafts, programmes);
        }).ToList());
    }

    private static async Task<Results<Ok<FrameworkResponse>, NotFound>> CurrentAsync(string? crebo, GuidanceDbContext db, CancellationToken cancellationToken) =>
        await db.CurrentForAsync(crebo, cancellationToken) is { } framework ? TypedResults.Ok(FrameworkResponse.From(framework)) : TypedResults.NotFound();

    private static async Task<Results<Ok<FrameworkResponse>, NotFound>> GetAsync(Guid id, GuidanceDbContext db, CancellationToken cancellationToken) =>
        await db.Frameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { } framework
            ? TypedResults.Ok(FrameworkResponse.From(framework))
            : TypedResults.NotFound();

    private static async Task<Created<FrameworkResponse>> PublishAsync(PublishFrameworkRequest request, GuidanceDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Criteria is null)
        {
            throw new FieldValidationException("criteria", "A framework needs at least one criterion.");
        }

        var key = request.Key?.Trim() ?? "";
        var latest = await db.Frameworks.Where(f => f.Key == key).MaxAsync(f => (int?)f.Version, cancellationToken) ?? 0;
        var framework = AttitudeFramework.Publish(Guid.CreateVersion7(), key, latest + 1, request.Name ?? "", request.Crebos, request.Criteria, clock.GetUtcNow());
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/frameworks/{framework.Id}", FrameworkResponse.From(framework));
    }
}
