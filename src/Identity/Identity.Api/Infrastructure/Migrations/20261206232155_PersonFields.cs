using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Identity.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PersonFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "employee_number",
                table: "asp_net_users",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "asp_net_users",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "nl");

            migrationBuilder.AddColumn<long>(
                name: "staff_version",
                table: "asp_net_users",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "student_number",
                table: "asp_net_users",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_employee_number",
                table: "asp_net_users",
                column: "employee_number",
                unique: true,
                filter: "employee_number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_users_student_number",
                table: "asp_net_users",
                column: "student_number",
                unique: true,
                filter: "student_number IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_asp_net_users_employee_number",
                table: "asp_net_users");

            migrationBuilder.DropIndex(
                name: "ix_asp_net_users_student_number",
                table: "asp_net_users");

            migrationBuilder.DropColumn(
                name: "employee_number",
                table: "asp_net_users");

            migrationBuilder.DropColumn(
                name: "language",
                table: "asp_net_users");

            migrationBuilder.DropColumn(
                name: "staff_version",
                table: "asp_net_users");

            migrationBuilder.DropColumn(
                name: "student_number",
                table: "asp_net_users");
        }
    }
}
