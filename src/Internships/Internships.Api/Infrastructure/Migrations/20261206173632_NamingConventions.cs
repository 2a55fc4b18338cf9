using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Internships.Infrastructure.Migrations
{
    /// <summary>
    /// EFCore.NamingConventions names keys and indexes in lower case. Only the messaging tables (outbox, inbox, revoked
    /// accounts) still had EF's default "PK_"/"IX_" names; this service's own tables were snake_case already. The keys are
    /// renamed in place (ALTER TABLE … RENAME CONSTRAINT also renames their index) instead of dropped and added again, so
    /// no table is rewritten or left without its key.
    /// </summary>
    public partial class NamingConventions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE revoked_accounts RENAME CONSTRAINT "PK_revoked_accounts" TO pk_revoked_accounts;""");
            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT "PK_outbox_messages" TO pk_outbox_messages;""");
            migrationBuilder.Sql("""ALTER TABLE inbox_processed_messages RENAME CONSTRAINT "PK_inbox_processed_messages" TO pk_inbox_processed_messages;""");

            migrationBuilder.RenameIndex(
                name: "IX_revoked_accounts_deactivated_at",
                table: "revoked_accounts",
                newName: "ix_revoked_accounts_deactivated_at");

            migrationBuilder.RenameIndex(
                name: "IX_outbox_messages_message_id",
                table: "outbox_messages",
                newName: "ix_outbox_messages_message_id");

            migrationBuilder.RenameIndex(
                name: "IX_inbox_processed_messages_processed_at",
                table: "inbox_processed_messages",
                newName: "ix_inbox_processed_messages_processed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE revoked_accounts RENAME CONSTRAINT pk_revoked_accounts TO "PK_revoked_accounts";""");
            migrationBuilder.Sql("""ALTER TABLE outbox_messages RENAME CONSTRAINT pk_outbox_messages TO "PK_outbox_messages";""");
            migrationBuilder.Sql("""ALTER TABLE inbox_processed_messages RENAME CONSTRAINT pk_inbox_processed_messages TO "PK_inbox_processed_messages";""");

            migrationBuilder.RenameIndex(
                name: "ix_revoked_accounts_deactivated_at",
                table: "revoked_accounts",
                newName: "IX_revoked_accounts_deactivated_at");

            migrationBuilder.RenameIndex(
                name: "ix_outbox_messages_message_id",
                table: "outbox_messages",
                newName: "IX_outbox_messages_message_id");

            migrationBuilder.RenameIndex(
                name: "ix_inbox_processed_messages_processed_at",
                table: "inbox_processed_messages",
                newName: "IX_inbox_processed_messages_processed_at");
        }
    }
}
