using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Internships.Infrastructure.Migrations
{
    /// <summary>A signed-off assignment is corrected by a new one that points at it (corrects_id); the final-record guard covers that link.</summary>
    public partial class AssignmentCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "corrects_id",
                table: "assignments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_assignments_corrects_id",
                table: "assignments",
                column: "corrects_id",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_assignments_assignments_corrects_id",
                table: "assignments",
                column: "corrects_id",
                principalTable: "assignments",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // What a signed-off assignment corrects is part of it: the guard of FinalRecordGuards now compares it too.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION assignments_signed_off_are_final() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD.status NOT IN (6, 7) THEN
                        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
                    END IF;

                    IF TG_OP = 'UPDATE' AND OLD.status = 6 AND NEW.status = 7
                        AND (NEW.id, NEW.placement_id, NEW.student_id, NEW.company_id, NEW.title, NEW.description, NEW.criterion_keys,
                             NEW.work_processes, NEW.due_date, NEW.evidence, NEW.reflection, NEW.feedback, NEW.drafted_by, NEW.corrects_id)
                            IS NOT DISTINCT FROM
                            (OLD.id, OLD.placement_id, OLD.student_id, OLD.company_id, OLD.title, OLD.description, OLD.criterion_keys,
                             OLD.work_processes, OLD.due_date, OLD.evidence, OLD.reflection, OLD.feedback, OLD.drafted_by, OLD.corrects_id)
                        AND jsonb_array_length(NEW.steps) = jsonb_array_length(OLD.steps) + 1
                        AND NEW.steps - (jsonb_array_length(NEW.steps) - 1) = OLD.steps THEN
                        RETURN NEW;
                    END IF;

                    RAISE EXCEPTION 'Assignment % is signed off and final: only the teacher''s review may follow.', OLD.id
                        USING ERRCODE = 'PHF01';
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION assignments_signed_off_are_final() RETURNS trigger LANGUAGE plpgsql AS $$
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
                """);

            migrationBuilder.DropForeignKey(
                name: "fk_assignments_assignments_corrects_id",
                table: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_assignments_corrects_id",
                table: "assignments");

            migrationBuilder.DropColumn(
                name: "corrects_id",
                table: "assignments");
        }
    }
}
