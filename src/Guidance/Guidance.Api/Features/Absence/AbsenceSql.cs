namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>
/// The hand-written SQL of absence: the import's staging table, classification and upsert, and the signal rule's
/// per-student weekly sums. Kept here rather than in a migration: nothing of it is schema.
/// </summary>
internal static class AbsenceSql
{
    /// <summary>The rows of one import, before they are compared with what is stored; gone at commit.</summary>
    public const string CreateStaging =
        """
        CREATE TEMP TABLE absence_import (
            line int NOT NULL, student_number text NOT NULL, student_id uuid NOT NULL, date date NOT NULL, period text NOT NULL,
            hours numeric(5,2) NOT NULL, authorised boolean NOT NULL, reason_code text NULL) ON COMMIT DROP
        """;

    public const string CopyStaging =
        "COPY absence_import (line, student_number, student_id, date, period, hours, authorised, reason_code) FROM STDIN (FORMAT BINARY)";

    /// <summary>Each staged row against the stored one of its natural key: created, updated or unchanged.</summary>
    public const string Classify =
        """
        CREATE TEMP TABLE absence_import_classified ON COMMIT DROP AS
        SELECT i.line, i.student_number, i.student_id, i.date, i.period, i.hours, i.authorised, i.reason_code,
               CASE WHEN a.id IS NULL THEN 'Created'
                    WHEN a.hours = i.hours AND a.authorised = i.authorised AND a.reason_code IS NOT DISTINCT FROM i.reason_code THEN 'Unchanged'
                    ELSE 'Updated' END AS outcome
        FROM absence_import i
        LEFT JOIN school_absences a ON a.student_id = i.student_id AND a.date = i.date AND a.period = i.period AND a.source = 'Import'
        """;

    /// <summary>Writes the created and updated rows in one statement ($1 import id, $2 importer, $3 time).</summary>
    public const string Upsert =
        """
        INSERT INTO school_absences (id, student_id, date, period, source, hours, authorised, reason_code, import_id, recorded_by, recorded_at)
        SELECT gen_random_uuid(), student_id, date, period, 'Import', hours, authorised, reason_code, $1, $2, $3
        FROM absence_import_classified WHERE outcome <> 'Unchanged'
        ON CONFLICT (student_id, date, period, source) DO UPDATE SET
            hours = excluded.hours, authorised = excluded.authorised, reason_code = excluded.reason_code,
            import_id = excluded.import_id, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
        """;

    public const string Counts = "SELECT outcome, count(*)::int FROM absence_import_classified GROUP BY outcome";

    /// <summary>The updated rows for the report ($1 how many at most).</summary>
    public const string UpdatedLines =
        "SELECT line, student_number FROM absence_import_classified WHERE outcome = 'Updated' ORDER BY line LIMIT $1";

    /// <summary>Per student whose absence the import changed: the span changed and the imported hours over it after the change.</summary>
    public const string ChangedStudents =
        """
        WITH changed AS (
            SELECT student_id, min(date) AS from_date, max(CASE WHEN period = 'Week' THEN date + 6 ELSE date END) AS to_date
            FROM absence_import_classified WHERE outcome <> 'Unchanged' GROUP BY student_id)
        SELECT c.student_id, c.from_date, c.to_date,
               coalesce(sum(a.hours) FILTER (WHERE NOT a.authorised), 0), coalesce(sum(a.hours) FILTER (WHERE a.authorised), 0)
        FROM changed c
        JOIN school_absences a ON a.student_id = c.student_id AND a.source = 'Import' AND a.date BETWEEN c.from_date AND c.to_date
        GROUP BY c.student_id, c.from_date, c.to_date
        """;

    /// <summary>
    /// Unauthorised hours per student and week (school rows of every source and workplace reports) for the weeks from
    /// @from to @until (exclusive), with the four latest weeks apart and whether an absence signal is open, for the
    /// students in @ids (all students with absence when the filter is left out). One pass for any number of students.
    /// </summary>
    public static string WeeklyUnauthorised(bool forStudents)
    {
        var filter = forStudents ? "AND student_id = ANY(@ids)" : "";
        return $"""
            WITH recent AS (
                SELECT student_id, date, hours FROM school_absences WHERE NOT authorised AND date >= @from AND date < @until {filter}
                UNION ALL
                SELECT student_id, date, hours FROM workplace_absences WHERE NOT authorised AND date >= @from AND date < @until {filter}
            ), weekly AS (
                SELECT student_id, date_trunc('week', date)::date AS week_start, sum(hours) AS hours
                FROM recent GROUP BY student_id, date_trunc('week', date)
            )
            SELECT w.student_id AS student_id, s.enrolment_start AS enrolment_start,
                   coalesce(sum(w.hours) FILTER (WHERE w.week_start >= @threshold_from), 0) AS total,
                   coalesce(sum(w.hours) FILTER (WHERE w.week_start = @week0), 0) AS week0,
                   coalesce(sum(w.hours) FILTER (WHERE w.week_start = @week1), 0) AS week1,
                   coalesce(sum(w.hours) FILTER (WHERE w.week_start = @week2), 0) AS week2,
                   coalesce(sum(w.hours) FILTER (WHERE w.week_start = @week3), 0) AS week3,
                   EXISTS (SELECT 1 FROM signals g WHERE g.student_id = w.student_id AND g.rule = 'AbsenceAboveThreshold' AND g.status <> 'Resolved') AS threshold_open,
                   EXISTS (SELECT 1 FROM signals g WHERE g.student_id = w.student_id AND g.rule = 'AbsenceRising' AND g.status <> 'Resolved') AS rising_open
            FROM weekly w
            JOIN student_copies s ON s.id = w.student_id AND s.erased_at IS NULL
            GROUP BY w.student_id, s.enrolment_start
            HAVING coalesce(sum(w.hours) FILTER (WHERE w.week_start >= @threshold_from), 0) > @threshold
                OR coalesce(sum(w.hours) FILTER (WHERE w.week_start = @week3), 0) >= @rising_minimum
            """;
    }
}
