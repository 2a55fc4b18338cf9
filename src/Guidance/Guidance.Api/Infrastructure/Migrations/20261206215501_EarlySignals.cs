using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PartnershipHub.Guidance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class EarlySignals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "evidence_english",
                table: "signals",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "raised_by",
                table: "signals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "urgent",
                table: "signals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "started_on",
                table: "placement_copies",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "help_request_access_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    help_request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_help_request_access_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "help_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_staff_id = table.Column<Guid>(type: "uuid", nullable: true),
                    topic = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    @private = table.Column<bool>(name: "private", type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    asked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    conversation_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    conversation_place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    first_answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    closing_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_help_requests", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "school_absences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    authorised = table.Column<bool>(type: "boolean", nullable: false),
                    reason_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    import_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_school_absences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workplace_absences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    authorised = table.Column<bool>(type: "boolean", nullable: false),
                    reported_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workplace_absences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workplace_concerns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    urgency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    raised_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    raised_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    answered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    close_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    closed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workplace_concerns", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_help_request_access_log_student_id_at",
                table: "help_request_access_log",
                columns: new[] { "student_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_help_requests_asked_at_mentor_staff_id",
                table: "help_requests",
                columns: new[] { "asked_at", "mentor_staff_id" });

            migrationBuilder.CreateIndex(
                name: "ix_help_requests_open",
                table: "help_requests",
                column: "asked_at",
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_help_requests_open_by_student",
                table: "help_requests",
                column: "student_id",
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_help_requests_student_id_asked_at",
                table: "help_requests",
                columns: new[] { "student_id", "asked_at" });

            migrationBuilder.CreateIndex(
                name: "ux_school_absences_natural_key",
                table: "school_absences",
                columns: new[] { "student_id", "date", "period", "source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workplace_absences_placement_id_date",
                table: "workplace_absences",
                columns: new[] { "placement_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workplace_absences_student_id_date",
                table: "workplace_absences",
                columns: new[] { "student_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_workplace_concerns_open",
                table: "workplace_concerns",
                column: "raised_at",
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_workplace_concerns_open_by_student",
                table: "workplace_concerns",
                column: "student_id",
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_workplace_concerns_placement_id_raised_at",
                table: "workplace_concerns",
                columns: new[] { "placement_id", "raised_at" });

            migrationBuilder.CreateIndex(
                name: "ix_workplace_concerns_student_id_raised_at",
                table: "workplace_concerns",
                columns: new[] { "student_id", "raised_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "help_request_access_log");

            migrationBuilder.DropTable(
                name: "help_requests");

            migrationBuilder.DropTable(
                name: "school_absences");

            migrationBuilder.DropTable(
                name: "workplace_absences");

            migrationBuilder.DropTable(
                name: "workplace_concerns");

            migrationBuilder.DropColumn(
                name: "evidence_english",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "raised_by",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "urgent",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "started_on",
                table: "placement_copies");
        }
    }
}
