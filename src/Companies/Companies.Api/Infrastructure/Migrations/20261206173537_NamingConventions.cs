using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnershipHub.Companies.Infrastructure.Migrations
{
    /// <summary>
    /// EFCore.NamingConventions names the messaging tables' keys and indexes in snake_case too (Companies' own tables
    /// already were). Only renames: a primary key is renamed in place (EF would drop and re-create it, rebuilding the
    /// outbox's key index), which renames its index with it.
    /// </summary>
    public partial class NamingConventions : Migration
    {
        private static readonly (string Table, string Old, string New)[] Keys =
        [
            ("revoked_accounts", "PK_revoked_accounts", "pk_revoked_accounts"),
            ("outbox_messages", "PK_outbox_messages", "pk_outbox_messages"),
            ("inbox_processed_messages", "PK_inbox_processed_messages", "pk_inbox_processed_messages"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, old, @new) in Keys)
            {
                migrationBuilder.Sql($"""ALTER TABLE {table} RENAME CONSTRAINT "{old}" TO {@new};""");
            }

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
            foreach (var (table, old, @new) in Keys)
            {
                migrationBuilder.Sql($"""ALTER TABLE {table} RENAME CONSTRAINT {@new} TO "{old}";""");
            }

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
