using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Insights.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DashboardPerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessment_quarters",
                columns: table => new
                {
                    crebo = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    cohort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    criterion_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    quarter = table.Column<DateOnly>(type: "date", nullable: false),
                    levels = table.Column<int>(type: "integer", nullable: false),
                    level_sum = table.Column<long>(type: "bigint", nullable: false),
                    school_levels = table.Column<int>(type: "integer", nullable: false),
                    school_sum = table.Column<long>(type: "bigint", nullable: false),
                    workplace_levels = table.Column<int>(type: "integer", nullable: false),
                    workplace_sum = table.Column<long>(type: "bigint", nullable: false),
                    students = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_quarters", x => new { x.crebo, x.cohort, x.criterion_key, x.quarter });
                });

            migrationBuilder.CreateTable(
                name: "assessment_summaries",
                columns: table => new
                {
                    student_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    discrepancy_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_summaries", x => x.student_id);
                });

            // Existing levels fill the summaries once; from here on the projections keep them.
            migrationBuilder.Sql(PartnershipHub.Insights.Projections.AssessmentSummaries.BuildAllSql);

            migrationBuilder.CreateIndex(
                name: "ix_assessment_levels_submitted_at",
                table: "assessment_levels",
                column: "submitted_at")
                .Annotation("Npgsql:IndexInclude", new[] { "student_id", "criterion_key", "level", "assessor_role" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_quarters");

            migrationBuilder.DropTable(
                name: "assessment_summaries");

            migrationBuilder.DropIndex(
                name: "ix_assessment_levels_submitted_at",
                table: "assessment_levels");
        }
    }
}
