using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Students.Infrastructure.Migrations
{
    /// <summary>
    /// EFCore.NamingConventions names keys and indexes in snake_case too (tables and columns already were). Only
    /// renames: EF would drop and re-add every primary and foreign key (rebuilding their indexes), so keys are renamed
    /// in SQL; PostgreSQL renames a key's index with it.
    /// </summary>
    public partial class NamingConventions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "IX_students_student_number",
                table: "students",
                newName: "ix_students_student_number");

            migrationBuilder.RenameIndex(
                name: "IX_students_mentor_staff_id_last_name",
                table: "students",
                newName: "ix_students_mentor_staff_id_last_name");

            migrationBuilder.RenameIndex(
                name: "IX_students_last_name",
                table: "students",
                newName: "ix_students_last_name");

            migrationBuilder.RenameIndex(
                name: "IX_students_cohort_last_name",
                table: "students",
                newName: "ix_students_cohort_last_name");

            migrationBuilder.RenameIndex(
                name: "IX_revoked_accounts_deactivated_at",
                table: "revoked_accounts",
                newName: "ix_revoked_accounts_deactivated_at");

            migrationBuilder.RenameIndex(
                name: "IX_outbox_messages_message_id",
                table: "outbox_messages",
                newName: "ix_outbox_messages_message_id");

            migrationBuilder.RenameIndex(
                name: "IX_mentor_assignments_student_id",
                table: "mentor_assignments",
                newName: "ix_mentor_assignments_student_id");

            migrationBuilder.RenameIndex(
                name: "IX_inbox_processed_messages_processed_at",
                table: "inbox_processed_messages",
                newName: "ix_inbox_processed_messages_processed_at");

            migrationBuilder.RenameIndex(
                name: "IX_enrolments_student_id",
                table: "enrolments",
                newName: "ix_enrolments_student_id");

            migrationBuilder.RenameIndex(
                name: "IX_enrolments_crebo_student_id",
                table: "enrolments",
                newName: "ix_enrolments_crebo_student_id");

            migrationBuilder.RenameIndex(
                name: "IX_care_notes_student_id_written_at",
                table: "care_notes",
                newName: "ix_care_notes_student_id_written_at");

            migrationBuilder.RenameIndex(
                name: "IX_care_note_access_log_student_id_at",
                table: "care_note_access_log",
                newName: "ix_care_note_access_log_student_id_at");

            migrationBuilder.Sql("""ALTER TABLE students RENAME CONSTRAINT "PK_students" TO "pk_students";""");

            migrationBuilder.Sql("""ALTER TABLE revoked_accounts RENAME CONSTRAINT "PK_revoked_accounts" TO "pk_revoked_accounts";""");

            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "PK_outbox_messages" TO "pk_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE mentor_assignments RENAME CONSTRAINT "PK_mentor_assignments" TO "pk_mentor_assignments";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_processed_messages RENAME CONSTRAINT "PK_inbox_processed_messages" TO "pk_inbox_processed_messages";""");

            migrationBuilder.Sql("""ALTER TABLE erased_students RENAME CONSTRAINT "PK_erased_students" TO "pk_erased_students";""");

            migrationBuilder.Sql("""ALTER TABLE enrolments RENAME CONSTRAINT "PK_enrolments" TO "pk_enrolments";""");

            migrationBuilder.Sql("""ALTER TABLE care_notes RENAME CONSTRAINT "PK_care_notes" TO "pk_care_notes";""");

            migrationBuilder.Sql("""ALTER TABLE care_note_access_log RENAME CONSTRAINT "PK_care_note_access_log" TO "pk_care_note_access_log";""");

            migrationBuilder.Sql("""ALTER TABLE care_notes RENAME CONSTRAINT "FK_care_notes_students_student_id" TO "fk_care_notes_students_student_id";""");

            migrationBuilder.Sql("""ALTER TABLE enrolments RENAME CONSTRAINT "FK_enrolments_students_student_id" TO "fk_enrolments_students_student_id";""");

            migrationBuilder.Sql("""ALTER TABLE mentor_assignments RENAME CONSTRAINT "FK_mentor_assignments_students_student_id" TO "fk_mentor_assignments_students_student_id";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameIndex(
                name: "ix_students_student_number",
                table: "students",
                newName: "IX_students_student_number");

            migrationBuilder.RenameIndex(
                name: "ix_students_mentor_staff_id_last_name",
                table: "students",
                newName: "IX_students_mentor_staff_id_last_name");

            migrationBuilder.RenameIndex(
                name: "ix_students_last_name",
                table: "students",
                newName: "IX_students_last_name");

            migrationBuilder.RenameIndex(
                name: "ix_students_cohort_last_name",
                table: "students",
                newName: "IX_students_cohort_last_name");

            migrationBuilder.RenameIndex(
                name: "ix_revoked_accounts_deactivated_at",
                table: "revoked_accounts",
                newName: "IX_revoked_accounts_deactivated_at");

            migrationBuilder.RenameIndex(
                name: "ix_outbox_messages_message_id",
                table: "outbox_messages",
                newName: "IX_outbox_messages_message_id");

            migrationBuilder.RenameIndex(
                name: "ix_mentor_assignments_student_id",
                table: "mentor_assignments",
                newName: "IX_mentor_assignments_student_id");

            migrationBuilder.RenameIndex(
                name: "ix_inbox_processed_messages_processed_at",
                table: "inbox_processed_messages",
                newName: "IX_inbox_processed_messages_processed_at");

            migrationBuilder.RenameIndex(
                name: "ix_enrolments_student_id",
                table: "enrolments",
                newName: "IX_enrolments_student_id");

            migrationBuilder.RenameIndex(
                name: "ix_enrolments_crebo_student_id",
                table: "enrolments",
                newName: "IX_enrolments_crebo_student_id");

            migrationBuilder.RenameIndex(
                name: "ix_care_notes_student_id_written_at",
                table: "care_notes",
                newName: "IX_care_notes_student_id_written_at");

            migrationBuilder.RenameIndex(
                name: "ix_care_note_access_log_student_id_at",
                table: "care_note_access_log",
                newName: "IX_care_note_access_log_student_id_at");

            migrationBuilder.Sql("""ALTER TABLE students RENAME CONSTRAINT "pk_students" TO "PK_students";""");

            migrationBuilder.Sql("""ALTER TABLE revoked_accounts RENAME CONSTRAINT "pk_revoked_accounts" TO "PK_revoked_accounts";""");

            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "pk_outbox_messages" TO "PK_outbox_messages";""");

            migrationBuilder.Sql("""ALTER TABLE mentor_assignments RENAME CONSTRAINT "pk_mentor_assignments" TO "PK_mentor_assignments";""");

            migrationBuilder.Sql("""ALTER TABLE inbox_processed_messages RENAME CONSTRAINT "pk_inbox_processed_messages" TO "PK_inbox_processed_messages";""");

            migrationBuilder.Sql("""ALTER TABLE erased_students RENAME CONSTRAINT "pk_erased_students" TO "PK_erased_students";""");

            migrationBuilder.Sql("""ALTER TABLE enrolments RENAME CONSTRAINT "pk_enrolments" TO "PK_enrolments";""");

            migrationBuilder.Sql("""ALTER TABLE care_notes RENAME CONSTRAINT "pk_care_notes" TO "PK_care_notes";""");

            migrationBuilder.Sql("""ALTER TABLE care_note_access_log RENAME CONSTRAINT "pk_care_note_access_log" TO "PK_care_note_access_log";""");

            migrationBuilder.Sql("""ALTER TABLE care_notes RENAME CONSTRAINT "fk_care_notes_students_student_id" TO "FK_care_notes_students_student_id";""");

            migrationBuilder.Sql("""ALTER TABLE enrolments RENAME CONSTRAINT "fk_enrolments_students_student_id" TO "FK_enrolments_students_student_id";""");

            migrationBuilder.Sql("""ALTER TABLE mentor_assignments RENAME CONSTRAINT "fk_mentor_assignments_students_student_id" TO "FK_mentor_assignments_students_student_id";""");
        }
    }
}
