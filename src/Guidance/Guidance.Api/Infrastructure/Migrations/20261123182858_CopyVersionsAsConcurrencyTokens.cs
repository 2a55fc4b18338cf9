using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Guidance.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CopyVersionsAsConcurrencyTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
