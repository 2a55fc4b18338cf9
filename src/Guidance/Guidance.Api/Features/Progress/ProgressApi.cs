using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using PartnershipHub.Guidance.Security;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Guidance.Features.Progress;

public static class ProgressApi
{
    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/students/{studentId:guid}/progress", GetAsync).WithTags("Progress").Produces<ProgressResponse>();
        return app;
    }

    /// <summary>
    /// One statement answers who the student's mentor is, whether the school linked a calling teacher to them, and the stored
    /// document, which goes out as stored text with only today's parts filled in: no DbContext, no objects.
    /// </summary>
    private static async Task<Results<StoredJsonResult, NotFound, ForbidHttpResult>> GetAsync(
        Guid studentId, ClaimsPrincipal user, NpgsqlDataSource database, TimeProvider clock, IServiceProvider services, CancellationToken cancellationToken)
    {
        var teacher = user.HasRole(Roles.Teacher) ? user.StaffId() : null;
        await using var command = database.CreateCommand(
            """
            SELECT s.mentor_staff_id,
                   $2::uuid IS NOT NULL AND (EXISTS (SELECT 1 FROM student_teachers t WHERE t.student_id = s.id AND t.teacher_staff_id = $2)
                                          OR EXISTS (SELECT 1 FROM placement_copies p WHERE p.student_id = s.id AND p.teacher_staff_id = $2)),
                   d.document
            FROM student_copies s LEFT JOIN progress_documents d ON d.student_id = s.id
            WHERE s.id = $1 AND s.erased_at IS NULL
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = studentId });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)teacher ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        Guid? mentor;
        bool linkedTeacher;
        byte[]? stored;
        // Not cancelled with the request: a primary-key read is over before a PostgreSQL cancel request would arrive, and
        // a cancel that does not complete in time breaks the pooled connection (seen in a burst of cold connections).
        // The reader is disposed exactly once, at the end of this block: the connection goes back to the pool with it,
        // and the pooled connection hands the same reader object to its next command, so a second dispose later in
        // this method would close another request's reader (that hung a request for good under 50 concurrent reads).
        await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
        {
            if (!await reader.ReadAsync(CancellationToken.None))
            {
                return TypedResults.NotFound();
            }

            mentor = reader.IsDBNull(0) ? null : reader.GetGuid(0);
            linkedTeacher = reader.GetBoolean(1);
            stored = reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2);
        }

        if (!GuidanceAccess.CanReadProgress(user, mentor, linkedTeacher))
        {
            return TypedResults.Forbid();
        }

        if (stored is null)
        {
            // Built lazily for a student no change has touched yet (e.g. data written before the document existed).
            var progress = await services.GetRequiredService<ProgressProjector>().RefreshAsync(studentId, cancellationToken);
            if (progress is null)
            {
                return TypedResults.NotFound();
            }

            stored = StoredProgressJson.Serialize(progress, services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        }

        return new StoredJsonResult(stored, clock.GetUtcNow());
    }
}
