using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Guidance.Infrastructure.Migrations
{
    /// <summary>
    /// A submitted assessment cannot change by any path, the service's own SQL included: a trigger refuses UPDATE and
    /// DELETE of a submitted row (ratings and feed-forward are columns of that row). The one exception is erasure:
    /// a submitted assessment of a student whose copy carries the erasure tombstone may be deleted. A correction no
    /// longer marks its original (superseded_by_id is dropped); it is read from the correction's supersedes_id.
    /// </summary>
    public partial class SubmittedAssessmentGuard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "superseded_by_id",
                table: "assessments");

            migrationBuilder.Sql(
                """
                CREATE FUNCTION guard_submitted_assessment() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD.status <> 'Submitted' THEN
                        IF TG_OP = 'DELETE' THEN
                            RETURN OLD;
                        END IF;
                        RETURN NEW;
                    END IF;
                    -- Erasure writes the tombstone first, in the same transaction, then deletes what it held about the student.
                    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM student_copies s WHERE s.id = OLD.student_id AND s.erased_at IS NOT NULL) THEN
                        RETURN OLD;
                    END IF;
                    RAISE EXCEPTION 'Assessment % is submitted and cannot change; submit a correction that supersedes it.', OLD.id
                        USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'assessment_submitted', TABLE = 'assessments';
                END
                $$;

                CREATE TRIGGER assessments_submitted_guard BEFORE UPDATE OR DELETE ON assessments
                    FOR EACH ROW EXECUTE FUNCTION guard_submitted_assessment();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP TRIGGER assessments_submitted_guard ON assessments;
                DROP FUNCTION guard_submitted_assessment();
                """);

            migrationBuilder.AddColumn<Guid>(
                name: "superseded_by_id",
                table: "assessments",
                type: "uuid",
                nullable: true);

            migrationBuilder.Sql(
                """
                UPDATE assessments o SET superseded_by_id = c.id
                FROM assessments c WHERE c.supersedes_id = o.id AND c.status = 'Submitted';
                """);
        }
    }
}
