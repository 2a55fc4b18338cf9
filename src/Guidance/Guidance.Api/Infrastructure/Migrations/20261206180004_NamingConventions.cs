using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Guidance.Infrastructure.Migrations
{
    /// <summary>
    /// EFCore.NamingConventions names keys and indexes in snake_case as well (columns and tables already were): renames
    /// only. EF would drop and re-add each primary key; renaming the constraint keeps its index and needs no rebuild.
    /// Names code relies on are unchanged: the guard's <c>assessment_submitted</c>, <c>ux_signals_open</c>, <c>ix_reviews_scheduled</c>.
    /// </summary>
    public partial class NamingConventions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                ALTER TABLE trainer_copies RENAME CONSTRAINT "PK_trainer_copies" TO "pk_trainer_copies";
                ALTER TABLE student_teachers RENAME CONSTRAINT "PK_student_teachers" TO "pk_student_teachers";
                ALTER TABLE student_copies RENAME CONSTRAINT "PK_student_copies" TO "pk_student_copies";
                ALTER TABLE signals RENAME CONSTRAINT "PK_signals" TO "pk_signals";
                ALTER TABLE revoked_accounts RENAME CONSTRAINT "PK_revoked_accounts" TO "pk_revoked_accounts";
                ALTER TABLE reviews RENAME CONSTRAINT "PK_reviews" TO "pk_reviews";
                ALTER TABLE progress_documents RENAME CONSTRAINT "PK_progress_documents" TO "pk_progress_documents";
                ALTER TABLE plans RENAME CONSTRAINT "PK_plans" TO "pk_plans";
                ALTER TABLE plan_revisions RENAME CONSTRAINT "PK_plan_revisions" TO "pk_plan_revisions";
                ALTER TABLE placement_copies RENAME CONSTRAINT "PK_placement_copies" TO "pk_placement_copies";
                ALTER TABLE outbox_messages RENAME CONSTRAINT "PK_outbox_messages" TO "pk_outbox_messages";
                ALTER TABLE inbox_processed_messages RENAME CONSTRAINT "PK_inbox_processed_messages" TO "pk_inbox_processed_messages";
                ALTER TABLE frameworks RENAME CONSTRAINT "PK_frameworks" TO "pk_frameworks";
                ALTER TABLE contact_copies RENAME CONSTRAINT "PK_contact_copies" TO "pk_contact_copies";
                ALTER TABLE assignment_copies RENAME CONSTRAINT "PK_assignment_copies" TO "pk_assignment_copies";
                ALTER TABLE assessments RENAME CONSTRAINT "PK_assessments" TO "pk_assessments";
                ALTER TABLE approved_weeks RENAME CONSTRAINT "PK_approved_weeks" TO "pk_approved_weeks";
                """);

            migrationBuilder.RenameIndex(
                name: "IX_student_copies_mentor_staff_id",
                table: "student_copies",
                newName: "ix_student_copies_mentor_staff_id");

            migrationBuilder.RenameIndex(
                name: "IX_student_copies_cohort",
                table: "student_copies",
                newName: "ix_student_copies_cohort");

            migrationBuilder.RenameIndex(
                name: "IX_signals_student_id_status",
                table: "signals",
                newName: "ix_signals_student_id_status");

            migrationBuilder.RenameIndex(
                name: "IX_revoked_accounts_deactivated_at",
                table: "revoked_accounts",
                newName: "ix_revoked_accounts_deactivated_at");

            migrationBuilder.RenameIndex(
                name: "IX_reviews_student_id_scheduled_at",
                table: "reviews",
                newName: "ix_reviews_student_id_scheduled_at");

            migrationBuilder.RenameIndex(
                name: "IX_plan_revisions_student_id_revision",
                table: "plan_revisions",
                newName: "ix_plan_revisions_student_id_revision");

            migrationBuilder.RenameIndex(
                name: "IX_placement_copies_student_id",
                table: "placement_copies",
                newName: "ix_placement_copies_student_id");

            migrationBuilder.RenameIndex(
                name: "IX_placement_copies_status",
                table: "placement_copies",
                newName: "ix_placement_copies_status");

            migrationBuilder.RenameIndex(
                name: "IX_outbox_messages_message_id",
                table: "outbox_messages",
                newName: "ix_outbox_messages_message_id");

            migrationBuilder.RenameIndex(
                name: "IX_inbox_processed_messages_processed_at",
                table: "inbox_processed_messages",
                newName: "ix_inbox_processed_messages_processed_at");

            migrationBuilder.RenameIndex(
                name: "IX_frameworks_key_version",
                table: "frameworks",
                newName: "ix_frameworks_key_version");

            migrationBuilder.RenameIndex(
                name: "IX_contact_copies_placement_id_contacted_at",
                table: "contact_copies",
                newName: "ix_contact_copies_placement_id_contacted_at");

            migrationBuilder.RenameIndex(
                name: "IX_assignment_copies_student_id",
                table: "assignment_copies",
                newName: "ix_assignment_copies_student_id");

            migrationBuilder.RenameIndex(
                name: "IX_assessments_supersedes_id",
                table: "assessments",
                newName: "ix_assessments_supersedes_id");

            migrationBuilder.RenameIndex(
                name: "IX_assessments_student_id_submitted_at",
                table: "assessments",
                newName: "ix_assessments_student_id_submitted_at");

            migrationBuilder.RenameIndex(
                name: "IX_assessments_assessor_id",
                table: "assessments",
                newName: "ix_assessments_assessor_id");

            migrationBuilder.RenameIndex(
                name: "IX_approved_weeks_student_id",
                table: "approved_weeks",
                newName: "ix_approved_weeks_student_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                ALTER TABLE trainer_copies RENAME CONSTRAINT "pk_trainer_copies" TO "PK_trainer_copies";
                ALTER TABLE student_teachers RENAME CONSTRAINT "pk_student_teachers" TO "PK_student_teachers";
                ALTER TABLE student_copies RENAME CONSTRAINT "pk_student_copies" TO "PK_student_copies";
                ALTER TABLE signals RENAME CONSTRAINT "pk_signals" TO "PK_signals";
                ALTER TABLE revoked_accounts RENAME CONSTRAINT "pk_revoked_accounts" TO "PK_revoked_accounts";
                ALTER TABLE reviews RENAME CONSTRAINT "pk_reviews" TO "PK_reviews";
                ALTER TABLE progress_documents RENAME CONSTRAINT "pk_progress_documents" TO "PK_progress_documents";
                ALTER TABLE plans RENAME CONSTRAINT "pk_plans" TO "PK_plans";
                ALTER TABLE plan_revisions RENAME CONSTRAINT "pk_plan_revisions" TO "PK_plan_revisions";
                ALTER TABLE placement_copies RENAME CONSTRAINT "pk_placement_copies" TO "PK_placement_copies";
                ALTER TABLE outbox_messages RENAME CONSTRAINT "pk_outbox_messages" TO "PK_outbox_messages";
                ALTER TABLE inbox_processed_messages RENAME CONSTRAINT "pk_inbox_processed_messages" TO "PK_inbox_processed_messages";
                ALTER TABLE frameworks RENAME CONSTRAINT "pk_frameworks" TO "PK_frameworks";
                ALTER TABLE contact_copies RENAME CONSTRAINT "pk_contact_copies" TO "PK_contact_copies";
                ALTER TABLE assignment_copies RENAME CONSTRAINT "pk_assignment_copies" TO "PK_assignment_copies";
                ALTER TABLE assessments RENAME CONSTRAINT "pk_assessments" TO "PK_assessments";
                ALTER TABLE approved_weeks RENAME CONSTRAINT "pk_approved_weeks" TO "PK_approved_weeks";
                """);

            migrationBuilder.RenameIndex(
                name: "ix_student_copies_mentor_staff_id",
                table: "student_copies",
                newName: "IX_student_copies_mentor_staff_id");

            migrationBuilder.RenameIndex(
                name: "ix_student_copies_cohort",
                table: "student_copies",
                newName: "IX_student_copies_cohort");

            migrationBuilder.RenameIndex(
                name: "ix_signals_student_id_status",
                table: "signals",
                newName: "IX_signals_student_id_status");

            migrationBuilder.RenameIndex(
                name: "ix_revoked_accounts_deactivated_at",
                table: "revoked_accounts",
                newName: "IX_revoked_accounts_deactivated_at");

            migrationBuilder.RenameIndex(
                name: "ix_reviews_student_id_scheduled_at",
                table: "reviews",
                newName: "IX_reviews_student_id_scheduled_at");

            migrationBuilder.RenameIndex(
                name: "ix_plan_revisions_student_id_revision",
                table: "plan_revisions",
                newName: "IX_plan_revisions_student_id_revision");

            migrationBuilder.RenameIndex(
                name: "ix_placement_copies_student_id",
                table: "placement_copies",
                newName: "IX_placement_copies_student_id");

            migrationBuilder.RenameIndex(
                name: "ix_placement_copies_status",
                table: "placement_copies",
                newName: "IX_placement_copies_status");

            migrationBuilder.RenameIndex(
                name: "ix_outbox_messages_message_id",
                table: "outbox_messages",
                newName: "IX_outbox_messages_message_id");

            migrationBuilder.RenameIndex(
                name: "ix_inbox_processed_messages_processed_at",
                table: "inbox_processed_messages",
                newName: "IX_inbox_processed_messages_processed_at");

            migrationBuilder.RenameIndex(
                name: "ix_frameworks_key_version",
                table: "frameworks",
                newName: "IX_frameworks_key_version");

            migrationBuilder.RenameIndex(
                name: "ix_contact_copies_placement_id_contacted_at",
                table: "contact_copies",
                newName: "IX_contact_copies_placement_id_contacted_at");

            migrationBuilder.RenameIndex(
                name: "ix_assignment_copies_student_id",
                table: "assignment_copies",
                newName: "IX_assignment_copies_student_id");

            migrationBuilder.RenameIndex(
                name: "ix_assessments_supersedes_id",
                table: "assessments",
                newName: "IX_assessments_supersedes_id");

            migrationBuilder.RenameIndex(
                name: "ix_assessments_student_id_submitted_at",
                table: "assessments",
                newName: "IX_assessments_student_id_submitted_at");

            migrationBuilder.RenameIndex(
                name: "ix_assessments_assessor_id",
                table: "assessments",
                newName: "IX_assessments_assessor_id");

            migrationBuilder.RenameIndex(
                name: "ix_approved_weeks_student_id",
                table: "approved_weeks",
                newName: "IX_approved_weeks_student_id");
        }
    }
}
