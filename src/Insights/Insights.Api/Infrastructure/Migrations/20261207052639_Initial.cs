using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PartnershipHub.Insights.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assessor_role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    needs_attention_count = table.Column<int>(type: "integer", nullable: false),
                    discrepant_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "companies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_companies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "erased_students",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_erased_students", x => x.id);
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
                    table.PrimaryKey("pk_inbox_processed_messages", x => new { x.message_id, x.consumer });
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
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    trace_parent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "periods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    start = table.Column<DateOnly>(type: "date", nullable: false),
                    end = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_periods", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    trainer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    crebo = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    route = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    period_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_early = table.Column<bool>(type: "boolean", nullable: false),
                    end_reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ended_by_role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "progression_follow_ups",
                columns: table => new
                {
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    has_goal = table.Column<bool>(type: "boolean", nullable: false),
                    goal_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    first_set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    plan_version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progression_follow_ups", x => x.student_id);
                });

            migrationBuilder.CreateTable(
                name: "revoked_accounts",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deactivated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_revoked_accounts", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "signals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rule = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    urgent = table.Column<bool>(type: "boolean", nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_signals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "students",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    crebo = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    qualification_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    first_level = table.Column<int>(type: "integer", nullable: false),
                    route = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    cohort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    enrolment_start = table.Column<DateOnly>(type: "date", nullable: false),
                    expected_end = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    leaving_reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    progression_wish = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    intake_date = table.Column<DateOnly>(type: "date", nullable: true),
                    mentor_staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    record_version = table.Column<long>(type: "bigint", nullable: false),
                    enrolment_version = table.Column<long>(type: "bigint", nullable: false),
                    mentor_version = table.Column<long>(type: "bigint", nullable: false),
                    status_version = table.Column<long>(type: "bigint", nullable: false),
                    intake_version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_students", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: true),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    trainer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    respondent = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    crebo = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    period_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_ended_on = table.Column<DateOnly>(type: "date", nullable: false),
                    placement_ended_early = table.Column<bool>(type: "boolean", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scores = table.Column<int[]>(type: "integer[]", nullable: true),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_surveys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trainers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trainers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assessment_levels",
                columns: table => new
                {
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    criterion_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assessor_role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_levels", x => new { x.assessment_id, x.criterion_key });
                    table.ForeignKey(
                        name: "fk_assessment_levels_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_levels_criterion_key_submitted_at",
                table: "assessment_levels",
                columns: new[] { "criterion_key", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_levels_student_id",
                table: "assessment_levels",
                column: "student_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_student_id",
                table: "assessments",
                column: "student_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_submitted_at",
                table: "assessments",
                column: "submitted_at");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_processed_messages_processed_at",
                table: "inbox_processed_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                table: "outbox_messages",
                column: "id",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_placements_company_id_start_date",
                table: "placements",
                columns: new[] { "company_id", "start_date" });

            migrationBuilder.CreateIndex(
                name: "ix_placements_crebo_start_date",
                table: "placements",
                columns: new[] { "crebo", "start_date" });

            migrationBuilder.CreateIndex(
                name: "ix_placements_period_id",
                table: "placements",
                column: "period_id");

            migrationBuilder.CreateIndex(
                name: "ix_placements_student_id",
                table: "placements",
                column: "student_id");

            migrationBuilder.CreateIndex(
                name: "ix_revoked_accounts_deactivated_at",
                table: "revoked_accounts",
                column: "deactivated_at");

            migrationBuilder.CreateIndex(
                name: "ix_signals_raised_at",
                table: "signals",
                column: "raised_at");

            migrationBuilder.CreateIndex(
                name: "ix_signals_student_id",
                table: "signals",
                column: "student_id");

            migrationBuilder.CreateIndex(
                name: "ix_students_crebo_cohort",
                table: "students",
                columns: new[] { "crebo", "cohort" });

            migrationBuilder.CreateIndex(
                name: "ix_students_mentor_staff_id",
                table: "students",
                column: "mentor_staff_id");

            migrationBuilder.CreateIndex(
                name: "ix_surveys_company_id_answered_at",
                table: "surveys",
                columns: new[] { "company_id", "answered_at" });

            migrationBuilder.CreateIndex(
                name: "ix_surveys_crebo_answered_at",
                table: "surveys",
                columns: new[] { "crebo", "answered_at" });

            migrationBuilder.CreateIndex(
                name: "ix_surveys_placement_id_respondent",
                table: "surveys",
                columns: new[] { "placement_id", "respondent" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_surveys_student_id",
                table: "surveys",
                column: "student_id");

            migrationBuilder.CreateIndex(
                name: "ix_surveys_trainer_id",
                table: "surveys",
                column: "trainer_id");

            migrationBuilder.CreateIndex(
                name: "ix_trainers_email_company_id",
                table: "trainers",
                columns: new[] { "email", "company_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_levels");

            migrationBuilder.DropTable(
                name: "companies");

            migrationBuilder.DropTable(
                name: "erased_students");

            migrationBuilder.DropTable(
                name: "inbox_processed_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "periods");

            migrationBuilder.DropTable(
                name: "placements");

            migrationBuilder.DropTable(
                name: "progression_follow_ups");

            migrationBuilder.DropTable(
                name: "revoked_accounts");

            migrationBuilder.DropTable(
                name: "signals");

            migrationBuilder.DropTable(
                name: "students");

            migrationBuilder.DropTable(
                name: "surveys");

            migrationBuilder.DropTable(
                name: "trainers");

            migrationBuilder.DropTable(
                name: "assessments");
        }
    }
}
