using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Internships.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProposalExplanationCompact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_matching_proposals_matching_runs_run_id",
                table: "matching_proposals");

            // Existing explanations keep their JSON text (UTF-8); ExplanationCodec.Decode still reads that form.
            migrationBuilder.Sql(
                "ALTER TABLE matching_proposals ALTER COLUMN explanation TYPE bytea USING convert_to(explanation::text, 'UTF8');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Only explanations still in JSON text come back; compact ones cannot be read by the older code anyway.
            migrationBuilder.Sql(
                "ALTER TABLE matching_proposals ALTER COLUMN explanation TYPE jsonb USING CASE WHEN get_byte(explanation, 0) = 123 THEN convert_from(explanation, 'UTF8')::jsonb ELSE '{}'::jsonb END;");

            migrationBuilder.AddForeignKey(
                name: "fk_matching_proposals_matching_runs_run_id",
                table: "matching_proposals",
                column: "run_id",
                principalTable: "matching_runs",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
