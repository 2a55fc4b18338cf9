using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Internships.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TrainerActiveVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "active_version",
                table: "trainers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Until now one version covered both the profile and the active flag.
            migrationBuilder.Sql("UPDATE trainers SET active_version = version;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "active_version",
                table: "trainers");
        }
    }
}
