using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Internships.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class HoursCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_hours_placement_id_date",
                table: "hours");

            migrationBuilder.AddColumn<Guid>(
                name: "corrects_id",
                table: "hours",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_hours_corrects_id",
                table: "hours",
                column: "corrects_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hours_placement_id_date",
                table: "hours",
                columns: new[] { "placement_id", "date" },
                unique: true,
                filter: "corrects_id IS NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_hours_hours_corrects_id",
                table: "hours",
                column: "corrects_id",
                principalTable: "hours",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_hours_hours_corrects_id",
                table: "hours");

            migrationBuilder.DropIndex(
                name: "ix_hours_corrects_id",
                table: "hours");

            migrationBuilder.DropIndex(
                name: "ix_hours_placement_id_date",
                table: "hours");

            migrationBuilder.DropColumn(
                name: "corrects_id",
                table: "hours");

            migrationBuilder.CreateIndex(
                name: "ix_hours_placement_id_date",
                table: "hours",
                columns: new[] { "placement_id", "date" },
                unique: true);
        }
    }
}
