using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Guidance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RevokedAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "revoked_accounts",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deactivated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revoked_accounts", x => x.user_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_revoked_accounts_deactivated_at",
                table: "revoked_accounts",
                column: "deactivated_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "revoked_accounts");
        }
    }
}
