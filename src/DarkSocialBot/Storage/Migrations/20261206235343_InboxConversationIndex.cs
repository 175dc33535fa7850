using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DarkSocialBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class InboxConversationIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_provider_message_id",
                table: "outbox");

            migrationBuilder.DropIndex(
                name: "IX_inbox_status_id",
                table: "inbox");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_provider_message_id",
                table: "outbox",
                column: "provider_message_id",
                filter: "provider_message_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_conversation_key_id",
                table: "inbox",
                columns: new[] { "conversation_key", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_status_id",
                table: "inbox",
                columns: new[] { "status", "id" },
                filter: "status = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_provider_message_id",
                table: "outbox");

            migrationBuilder.DropIndex(
                name: "IX_inbox_conversation_key_id",
                table: "inbox");

            migrationBuilder.DropIndex(
                name: "IX_inbox_status_id",
                table: "inbox");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_provider_message_id",
                table: "outbox",
                column: "provider_message_id");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_status_id",
                table: "inbox",
                columns: new[] { "status", "id" });
        }
    }
}
