using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Students.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class IntakeRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "intake_revision",
                table: "students",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "intake_revision",
                table: "students");
        }
    }
}
