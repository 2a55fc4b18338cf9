using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PartnershipHub.Guidance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approved_weeks",
                columns: table => new
                {
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    week_start = table.Column<DateOnly>(type: "date", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    planned_hours = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approved_weeks", x => new { x.placement_id, x.week_start });
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    framework_id = table.Column<Guid>(type: "uuid", nullable: false),
                    framework_key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    framework_version = table.Column<int>(type: "integer", nullable: false),
                    assessor_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    assessor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ratings = table.Column<string>(type: "jsonb", nullable: false),
                    overall_comment = table.Column<string>(type: "text", nullable: true),
                    feed_forward = table.Column<string>(type: "jsonb", nullable: false),
                    supersedes_id = table.Column<Guid>(type: "uuid", nullable: true),
                    superseded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assignment_copies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    criterion_keys = table.Column<string>(type: "jsonb", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    signed_off_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    feedback = table.Column<string>(type: "text", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignment_copies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contact_copies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    contacted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    joint = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contact_copies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "frameworks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    crebos = table.Column<string>(type: "jsonb", nullable: false),
                    criteria = table.Column<string>(type: "jsonb", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_frameworks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_processed_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_processed_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "placement_copies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    trainer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    crebo = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    planned_hours = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    risks = table.Column<string>(type: "jsonb", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_early = table.Column<bool>(type: "boolean", nullable: false),
                    end_reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_placement_copies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plan_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    changed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    goals = table.Column<string>(type: "jsonb", nullable: false),
                    agreements = table.Column<string>(type: "jsonb", nullable: false),
                    approach = table.Column<string>(type: "text", nullable: true),
                    review_every_weeks = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_revisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    approach = table.Column<string>(type: "text", nullable: true),
                    goals = table.Column<string>(type: "jsonb", nullable: false),
                    agreements = table.Column<string>(type: "jsonb", nullable: false),
                    review_every_weeks = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.student_id);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    participants = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    discussion = table.Column<string>(type: "text", nullable: true),
                    goal_outcomes = table.Column<string>(type: "jsonb", nullable: false),
                    new_agreements = table.Column<string>(type: "jsonb", nullable: false),
                    feed_forward = table.Column<string>(type: "jsonb", nullable: false),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scheduled_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "signals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "student_copies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    cohort = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    crebo = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    qualification_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    level = table.Column<int>(type: "integer", nullable: true),
                    route = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    enrolment_start = table.Column<DateOnly>(type: "date", nullable: true),
                    expected_end = table.Column<DateOnly>(type: "date", nullable: true),
                    mentor_staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    intake_date = table.Column<DateOnly>(type: "date", nullable: true),
                    needs = table.Column<string>(type: "jsonb", nullable: true),
                    progression_wish = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    record_version = table.Column<long>(type: "bigint", nullable: false),
                    enrolment_version = table.Column<long>(type: "bigint", nullable: false),
                    mentor_version = table.Column<long>(type: "bigint", nullable: false),
                    intake_version = table.Column<long>(type: "bigint", nullable: false),
                    status_version = table.Column<long>(type: "bigint", nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_student_copies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trainer_copies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trainer_copies", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approved_weeks_student_id",
                table: "approved_weeks",
                column: "student_id");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_assessor_id",
                table: "assessments",
                column: "assessor_id");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_student_id_submitted_at",
                table: "assessments",
                columns: new[] { "student_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_supersedes_id",
                table: "assessments",
                column: "supersedes_id",
                unique: true,
                filter: "supersedes_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_assignment_copies_student_id",
                table: "assignment_copies",
                column: "student_id");

            migrationBuilder.CreateIndex(
                name: "IX_contact_copies_placement_id_contacted_at",
                table: "contact_copies",
                columns: new[] { "placement_id", "contacted_at" });

            migrationBuilder.CreateIndex(
                name: "IX_frameworks_key_version",
                table: "frameworks",
                columns: new[] { "key", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_processed_messages_processed_at",
                table: "inbox_processed_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_message_id",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                table: "outbox_messages",
                column: "id",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_placement_copies_status",
                table: "placement_copies",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_placement_copies_student_id",
                table: "placement_copies",
                column: "student_id");

            migrationBuilder.CreateIndex(
                name: "IX_plan_revisions_student_id_revision",
                table: "plan_revisions",
                columns: new[] { "student_id", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reviews_scheduled",
                table: "reviews",
                column: "scheduled_at",
                filter: "status = 'Scheduled'");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_student_id_scheduled_at",
                table: "reviews",
                columns: new[] { "student_id", "scheduled_at" });

            migrationBuilder.CreateIndex(
                name: "IX_signals_student_id_status",
                table: "signals",
                columns: new[] { "student_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ux_signals_open",
                table: "signals",
                columns: new[] { "student_id", "rule", "subject" },
                unique: true,
                filter: "status <> 'Resolved'");

            migrationBuilder.CreateIndex(
                name: "IX_student_copies_cohort",
                table: "student_copies",
                column: "cohort");

            migrationBuilder.CreateIndex(
                name: "IX_student_copies_mentor_staff_id",
                table: "student_copies",
                column: "mentor_staff_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approved_weeks");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "assignment_copies");

            migrationBuilder.DropTable(
                name: "contact_copies");

            migrationBuilder.DropTable(
                name: "frameworks");

            migrationBuilder.DropTable(
                name: "inbox_processed_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "placement_copies");

            migrationBuilder.DropTable(
                name: "plan_revisions");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "reviews");

            migrationBuilder.DropTable(
                name: "signals");

            migrationBuilder.DropTable(
                name: "student_copies");

            migrationBuilder.DropTable(
                name: "trainer_copies");
        }
    }
}
