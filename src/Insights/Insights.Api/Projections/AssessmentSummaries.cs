using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Projections;

/// <summary>
/// The assessments section's summaries (<c>assessment_quarters</c>, <c>assessment_summaries</c>), kept from the levels by
/// one definition each: the projections apply it to one student, <see cref="BuildAllAsync"/> to every student after a bulk
/// load. A student's quarterly share is moved as a whole: subtracted under their old programme and cohort, added under the
/// new, so the roll-up never needs to know which assessment changed.
/// </summary>
public static class AssessmentSummaries
{
    /// <summary>Assessor roles counted as the school's; the workplace is the trainer.</summary>
    public const string SchoolRoles = "('teacher', 'mentor')";

    public const string WorkplaceRole = "'trainer'";

    /// <summary>A level's calendar quarter (UTC), as its first day.</summary>
    public const string QuarterOf = "date_trunc('quarter', {0} AT TIME ZONE 'UTC')::date";

    /// <summary>Adds (<paramref name="sign"/> 1) or subtracts (-1) one student's levels, counted under the given programme and cohort.</summary>
    public static async Task ShiftStudentAsync(InsightsDbContext db, Guid studentId, string crebo, string cohort, int sign, CancellationToken cancellationToken)
    {
        // The quarter rows are shared by every student of a programme and cohort.
        await SharedRows.LockAsync(db, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            Shift("(SELECT @student AS id, @crebo AS crebo, @cohort AS cohort)", "l.student_id = @student", "@sign"),
            [
                new NpgsqlParameter<Guid>("student", NpgsqlDbType.Uuid) { TypedValue = studentId },
                new NpgsqlParameter<string>("crebo", NpgsqlDbType.Text) { TypedValue = crebo },
                new NpgsqlParameter<string>("cohort", NpgsqlDbType.Text) { TypedValue = cohort },
                new NpgsqlParameter<int>("sign", NpgsqlDbType.Integer) { TypedValue = sign },
            ],
            cancellationToken);
    }

    /// <summary>Recomputes one student's latest assessment and discrepancy moment from their assessments and levels.</summary>
    public static Task RefreshStudentAsync(InsightsDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            Refresh("student_id = @student"),
            [new NpgsqlParameter<Guid>("student", NpgsqlDbType.Uuid) { TypedValue = studentId }],
            cancellationToken);

    /// <summary>Removes the student from both summaries (erasure), before their levels go.</summary>
    public static async Task RemoveStudentAsync(InsightsDbContext db, Guid studentId, CancellationToken cancellationToken)
    {
        if (await db.Students.AsNoTracking().Where(s => s.Id == studentId).Select(s => new { s.Crebo, s.Cohort }).SingleOrDefaultAsync(cancellationToken) is { } student)
        {
            await ShiftStudentAsync(db, studentId, student.Crebo, student.Cohort, -1, cancellationToken);
        }

        await db.AssessmentSummaries.Where(s => s.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Both summaries for every student, from empty (after the demo history or the benchmark's COPY).</summary>
    public static async Task BuildAllAsync(InsightsDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(BuildAllSql, cancellationToken);
    }

    /// <summary>Empties both summaries and builds them for every student (also the migration that added them).</summary>
    public static string BuildAllSql =>
        $"DELETE FROM assessment_quarters;\nDELETE FROM assessment_summaries;\n{Shift("students", "TRUE", "1")};\n{Refresh("TRUE")};";

    /// <summary>
    /// The quarterly share of the levels matching <paramref name="levels"/> (alias <c>l</c>), counted under the programme
    /// and cohort of <paramref name="students"/> (id, crebo, cohort); a level whose student has no row counts nowhere, as
    /// the dashboard only counts students it knows. Rows are locked in key order, so two students' shifts never deadlock.
    /// </summary>
    private static string Shift(string students, string levels, string sign) =>
        $"""
        INSERT INTO assessment_quarters AS q (crebo, cohort, criterion_key, quarter, levels, level_sum, school_levels, school_sum, workplace_levels, workplace_sum, students)
        SELECT s.crebo, s.cohort, l.criterion_key, {string.Format(QuarterOf, "l.submitted_at")},
               {sign} * count(*), {sign} * sum(l.level),
               {sign} * count(*) FILTER (WHERE l.assessor_role IN {SchoolRoles}), {sign} * coalesce(sum(l.level) FILTER (WHERE l.assessor_role IN {SchoolRoles}), 0),
               {sign} * count(*) FILTER (WHERE l.assessor_role = {WorkplaceRole}), {sign} * coalesce(sum(l.level) FILTER (WHERE l.assessor_role = {WorkplaceRole}), 0),
               {sign} * count(DISTINCT l.student_id)
        FROM assessment_levels l JOIN {students} s ON s.id = l.student_id
        WHERE {levels}
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4
        ON CONFLICT (crebo, cohort, criterion_key, quarter) DO UPDATE SET
            levels = q.levels + excluded.levels, level_sum = q.level_sum + excluded.level_sum,
            school_levels = q.school_levels + excluded.school_levels, school_sum = q.school_sum + excluded.school_sum,
            workplace_levels = q.workplace_levels + excluded.workplace_levels, workplace_sum = q.workplace_sum + excluded.workplace_sum,
            students = q.students + excluded.students
        """;

    /// <summary>
    /// Per student of <paramref name="students"/> (on <c>student_id</c>): the latest assessment, and the latest over
    /// criteria whose latest school and workplace levels are two or more apart of the older of those two levels' moments.
    /// </summary>
    private static string Refresh(string students) =>
        $"""
        WITH latest AS (
            SELECT DISTINCT ON (student_id, criterion_key, side) student_id, criterion_key, side, level, submitted_at
            FROM (SELECT l.student_id, l.criterion_key, l.level, l.submitted_at,
                         CASE WHEN l.assessor_role IN {SchoolRoles} THEN 'school' WHEN l.assessor_role = {WorkplaceRole} THEN 'workplace' END AS side
                  FROM assessment_levels l WHERE {students}) sided
            WHERE side IS NOT NULL
            ORDER BY student_id, criterion_key, side, submitted_at DESC),
        discrepant AS (
            SELECT student_id, max(least(school_at, work_at)) AS since
            FROM (
                SELECT student_id, criterion_key,
                       max(level) FILTER (WHERE side = 'school') AS school, max(submitted_at) FILTER (WHERE side = 'school') AS school_at,
                       max(level) FILTER (WHERE side = 'workplace') AS work, max(submitted_at) FILTER (WHERE side = 'workplace') AS work_at
                FROM latest GROUP BY student_id, criterion_key) sides
            WHERE abs(school - work) >= 2
            GROUP BY student_id),
        assessed AS (
            SELECT student_id, max(submitted_at) AS last_at FROM assessments WHERE {students} GROUP BY student_id)
        INSERT INTO assessment_summaries AS a (student_id, last_assessed_at, discrepancy_at)
        SELECT assessed.student_id, assessed.last_at, discrepant.since
        FROM assessed LEFT JOIN discrepant ON discrepant.student_id = assessed.student_id
        ON CONFLICT (student_id) DO UPDATE SET last_assessed_at = excluded.last_assessed_at, discrepancy_at = excluded.discrepancy_at
        """;
}
