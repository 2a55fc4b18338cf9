using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Internships.Infrastructure.Migrations
{
    /// <summary>
    /// Database guards for what is final: a signed-off assignment (content, criteria, evidence, feedback) and an approved
    /// day of hours refuse any UPDATE or DELETE, whoever sends it, the service's own code included. The one change
    /// still allowed is the teacher's review of a signed-off assignment (status SignedOff → Reviewed, a review note and
    /// one step appended). Mistakes are put right with new records (hours corrections). Errors carry SQLSTATE PHF01.
    /// Status values: AssignmentStatus SignedOff = 6, Reviewed = 7; HoursStatus Approved = 1.
    /// </summary>
    public partial class FinalRecordGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION assignments_signed_off_are_final() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD.status NOT IN (6, 7) THEN
                        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                    END IF;

                    IF TG_OP = 'UPDATE' AND OLD.status = 6 AND NEW.status = 7
                        AND (NEW.id, NEW.placement_id, NEW.student_id, NEW.company_id, NEW.title, NEW.description, NEW.criterion_keys,
                             NEW.work_processes, NEW.due_date, NEW.evidence, NEW.reflection, NEW.feedback, NEW.drafted_by)
                            IS NOT DISTINCT FROM
                            (OLD.id, OLD.placement_id, OLD.student_id, OLD.company_id, OLD.title, OLD.description, OLD.criterion_keys,
                             OLD.work_processes, OLD.due_date, OLD.evidence, OLD.reflection, OLD.feedback, OLD.drafted_by)
                        AND jsonb_array_length(NEW.steps) = jsonb_array_length(OLD.steps) + 1
                        AND NEW.steps - (jsonb_array_length(NEW.steps) - 1) = OLD.steps THEN
                        RETURN NEW;
                    END IF;

                    RAISE EXCEPTION 'Assignment % is signed off and final: only the teacher''s review may follow.', OLD.id
                        USING ERRCODE = 'PHF01';
                END $$;

                CREATE TRIGGER assignments_signed_off_are_final
                    BEFORE UPDATE OR DELETE ON assignments
                    FOR EACH ROW EXECUTE FUNCTION assignments_signed_off_are_final();

                CREATE FUNCTION hours_approved_are_final() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD.status = 1 THEN
                        RAISE EXCEPTION 'Hours % of % are approved and final: record a correction instead.', OLD.id, OLD.date
                            USING ERRCODE = 'PHF01';
                    END IF;

                    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                END $$;

                CREATE TRIGGER hours_approved_are_final
                    BEFORE UPDATE OR DELETE ON hours
                    FOR EACH ROW EXECUTE FUNCTION hours_approved_are_final();

                -- Row triggers do not see TRUNCATE; refuse it on both tables too.
                CREATE FUNCTION final_records_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Table % holds final records and cannot be truncated.', TG_TABLE_NAME
                        USING ERRCODE = 'PHF01';
                END $$;

                CREATE TRIGGER assignments_refuse_truncate BEFORE TRUNCATE ON assignments
                    FOR EACH STATEMENT EXECUTE FUNCTION final_records_refuse_truncate();
                CREATE TRIGGER hours_refuse_truncate BEFORE TRUNCATE ON hours
                    FOR EACH STATEMENT EXECUTE FUNCTION final_records_refuse_truncate();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER hours_refuse_truncate ON hours;
                DROP TRIGGER assignments_refuse_truncate ON assignments;
                DROP FUNCTION final_records_refuse_truncate();
                DROP TRIGGER hours_approved_are_final ON hours;
                DROP FUNCTION hours_approved_are_final();
                DROP TRIGGER assignments_signed_off_are_final ON assignments;
                DROP FUNCTION assignments_signed_off_are_final();
                """);
        }
    }
}
