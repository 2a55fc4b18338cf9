using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Internships.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PlacementsStudentNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "student_number",
                table: "students",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "student_number",
                table: "students");
        }
    }
}
