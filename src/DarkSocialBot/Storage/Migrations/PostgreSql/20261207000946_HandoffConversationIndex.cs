using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DarkSocialBot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class HandoffConversationIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_handoffs_conversation_key_id",
                table: "handoffs",
                columns: new[] { "conversation_key", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_handoffs_conversation_key_id",
                table: "handoffs");
        }
    }
}
