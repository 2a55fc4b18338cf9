using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PartnershipHub.Internships.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accreditations",
                columns: table => new
                {
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    crebo = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    allows_bol = table.Column<bool>(type: "boolean", nullable: false),
                    allows_bbl = table.Column<bool>(type: "boolean", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    revoked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accreditations", x => new { x.company_id, x.crebo });
                });

            migrationBuilder.CreateTable(
                name: "capacity",
                columns: table => new
                {
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_id = table.Column<Guid>(type: "uuid", nullable: false),
                    crebo = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    period_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    places = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_capacity", x => new { x.company_id, x.period_id, x.crebo });
                });

            migrationBuilder.CreateTable(
                name: "companies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sector = table.Column<string>(type: "text", nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    offers = table.Column<List<string>>(type: "text[]", nullable: false),
                    locations = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_companies", x => x.id);
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
                name: "matching_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    crebo_filter = table.Column<string>(type: "text", nullable: true),
                    cohort_filter = table.Column<string>(type: "text", nullable: true),
                    planned_hours = table.Column<int>(type: "integer", nullable: false),
                    weights = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    student_count = table.Column<int>(type: "integer", nullable: false),
                    placed_count = table.Column<int>(type: "integer", nullable: false),
                    total_cost = table.Column<long>(type: "bigint", nullable: false),
                    greedy_cost = table.Column<long>(type: "bigint", nullable: false),
                    greedy_placed_count = table.Column<int>(type: "integer", nullable: false),
                    build_ms = table.Column<int>(type: "integer", nullable: false),
                    solve_ms = table.Column<int>(type: "integer", nullable: false),
                    store_ms = table.Column<int>(type: "integer", nullable: false),
                    total_ms = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matching_runs", x => x.id);
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
                name: "placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    location_id = table.Column<Guid>(type: "uuid", nullable: false),
                    trainer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    teacher_staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    crebo = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    route = table.Column<int>(type: "integer", nullable: false),
                    period_id = table.Column<Guid>(type: "uuid", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    planned_hours = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    risks = table.Column<string>(type: "jsonb", nullable: false),
                    signatures = table.Column<string>(type: "jsonb", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<int>(type: "integer", nullable: true),
                    ended_by_role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    end_note = table.Column<string>(type: "text", nullable: true),
                    matching_run_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_contact_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    joint_contacts = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_placements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "students",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    home_postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    cohort = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    basic_version = table.Column<long>(type: "bigint", nullable: false),
                    crebo = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    level = table.Column<int>(type: "integer", nullable: false),
                    route = table.Column<int>(type: "integer", nullable: false),
                    enrolment_version = table.Column<long>(type: "bigint", nullable: false),
                    mentor_staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mentor_version = table.Column<long>(type: "bigint", nullable: false),
                    structure_need = table.Column<int>(type: "integer", nullable: false),
                    pedagogical_need = table.Column<int>(type: "integer", nullable: false),
                    sectors = table.Column<List<string>>(type: "text[]", nullable: false),
                    max_travel_km = table.Column<int>(type: "integer", nullable: true),
                    avoid_company_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    avoid_company_names = table.Column<List<string>>(type: "text[]", nullable: false),
                    intake_version = table.Column<long>(type: "bigint", nullable: false),
                    status_version = table.Column<long>(type: "bigint", nullable: false),
                    erased = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_students", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trainers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    crebos = table.Column<List<string>>(type: "text[]", nullable: false),
                    max_students = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trainers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "matching_proposals",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_name = table.Column<string>(type: "text", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: true),
                    company_name = table.Column<string>(type: "text", nullable: true),
                    location_id = table.Column<Guid>(type: "uuid", nullable: true),
                    distance_km = table.Column<double>(type: "double precision", nullable: true),
                    cost = table.Column<long>(type: "bigint", nullable: false),
                    explanation = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    decision_reason = table.Column<string>(type: "text", nullable: true),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_matching_proposals", x => new { x.run_id, x.student_id });
                    table.ForeignKey(
                        name: "fk_matching_proposals_matching_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "matching_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    criterion_keys = table.Column<List<string>>(type: "text[]", nullable: false),
                    work_processes = table.Column<List<string>>(type: "text[]", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    evidence = table.Column<string>(type: "text", nullable: true),
                    reflection = table.Column<string>(type: "text", nullable: true),
                    feedback = table.Column<string>(type: "text", nullable: true),
                    review_note = table.Column<string>(type: "text", nullable: true),
                    drafted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    steps = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assignments_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    contacted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by_staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    by_role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    joint = table.Column<bool>(type: "boolean", nullable: false),
                    follow_up = table.Column<string>(type: "text", nullable: true),
                    follow_up_due = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_contacts_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hours",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    week_start = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_comment = table.Column<string>(type: "text", nullable: true),
                    logged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hours", x => x.id);
                    table.ForeignKey(
                        name: "fk_hours_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_placement_id",
                table: "assignments",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "ix_capacity_period_id",
                table: "capacity",
                column: "period_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_placement_id",
                table: "contacts",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "ix_hours_placement_id_date",
                table: "hours",
                columns: new[] { "placement_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_processed_messages_processed_at",
                table: "inbox_processed_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_matching_proposals_company_id",
                table: "matching_proposals",
                column: "company_id");

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
                name: "ix_placements_company_id_period_id_crebo",
                table: "placements",
                columns: new[] { "company_id", "period_id", "crebo" });

            migrationBuilder.CreateIndex(
                name: "ix_placements_student_id",
                table: "placements",
                column: "student_id");

            migrationBuilder.CreateIndex(
                name: "ix_placements_teacher_staff_id",
                table: "placements",
                column: "teacher_staff_id");

            migrationBuilder.CreateIndex(
                name: "ix_students_crebo",
                table: "students",
                column: "crebo");

            migrationBuilder.CreateIndex(
                name: "ix_students_mentor_staff_id",
                table: "students",
                column: "mentor_staff_id");

            migrationBuilder.CreateIndex(
                name: "ix_trainers_company_id",
                table: "trainers",
                column: "company_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accreditations");

            migrationBuilder.DropTable(
                name: "assignments");

            migrationBuilder.DropTable(
                name: "capacity");

            migrationBuilder.DropTable(
                name: "companies");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "hours");

            migrationBuilder.DropTable(
                name: "inbox_processed_messages");

            migrationBuilder.DropTable(
                name: "matching_proposals");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "students");

            migrationBuilder.DropTable(
                name: "trainers");

            migrationBuilder.DropTable(
                name: "placements");

            migrationBuilder.DropTable(
                name: "matching_runs");
        }
    }
}
