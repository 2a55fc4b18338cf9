using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Notifications.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Rules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "enrolment_version",
                table: "students",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "erased_at",
                table: "students",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "mentor_version",
                table: "students",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "record_version",
                table: "students",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "status_version",
                table: "students",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "signatures_at",
                table: "placements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "started_on",
                table: "placements",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignments", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_placements_status",
                table: "placements",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_student_id",
                table: "assignments",
                column: "student_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignments");

            migrationBuilder.DropIndex(
                name: "ix_placements_status",
                table: "placements");

            migrationBuilder.DropColumn(
                name: "enrolment_version",
                table: "students");

            migrationBuilder.DropColumn(
                name: "erased_at",
                table: "students");

            migrationBuilder.DropColumn(
                name: "mentor_version",
                table: "students");

            migrationBuilder.DropColumn(
                name: "record_version",
                table: "students");

            migrationBuilder.DropColumn(
                name: "status_version",
                table: "students");

            migrationBuilder.DropColumn(
                name: "signatures_at",
                table: "placements");

            migrationBuilder.DropColumn(
                name: "started_on",
                table: "placements");
        }
    }
}
