using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DarkSocialBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    channel_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    wa_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    bsuid = table.Column<string>(type: "TEXT", maxLength: 160, nullable: true),
                    opted_out_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_inbound_at = table.Column<long>(type: "INTEGER", nullable: true),
                    offered_choices = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    channel_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    conversation_key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    payload = table.Column<byte[]>(type: "BLOB", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    processed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    channel_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    conversation_key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    payload = table.Column<byte[]>(type: "BLOB", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    provider_message_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    error = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    delivery_status = table.Column<int>(type: "INTEGER", nullable: true),
                    delivery_updated_at = table.Column<long>(type: "INTEGER", nullable: true),
                    error_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    parts_sent = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    lease_owner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    lease_until = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "states",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    data = table.Column<byte[]>(type: "BLOB", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_states", x => x.key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_channel_id_bsuid",
                table: "contacts",
                columns: new[] { "channel_id", "bsuid" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_channel_id_user_id",
                table: "contacts",
                columns: new[] { "channel_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_channel_id_activity_id",
                table: "inbox",
                columns: new[] { "channel_id", "activity_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_status_id",
                table: "inbox",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_conversation_key_id",
                table: "outbox",
                columns: new[] { "conversation_key", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_provider_message_id",
                table: "outbox",
                column: "provider_message_id");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_status_next_attempt_at",
                table: "outbox",
                columns: new[] { "status", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "inbox");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "states");
        }
    }
}
