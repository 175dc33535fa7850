using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DarkSocialBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class BagReportDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "conversation_key",
                table: "bag_reports",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "erasure_requested_at",
                table: "bag_reports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "handled_at",
                table: "bag_reports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "handled_by",
                table: "bag_reports",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_bag_reports_conversation_key",
                table: "bag_reports",
                column: "conversation_key");

            migrationBuilder.CreateIndex(
                name: "IX_bag_reports_handled_at_created_at",
                table: "bag_reports",
                columns: new[] { "handled_at", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_bag_reports_conversation_key",
                table: "bag_reports");

            migrationBuilder.DropIndex(
                name: "IX_bag_reports_handled_at_created_at",
                table: "bag_reports");

            migrationBuilder.DropColumn(
                name: "conversation_key",
                table: "bag_reports");

            migrationBuilder.DropColumn(
                name: "erasure_requested_at",
                table: "bag_reports");

            migrationBuilder.DropColumn(
                name: "handled_at",
                table: "bag_reports");

            migrationBuilder.DropColumn(
                name: "handled_by",
                table: "bag_reports");
        }
    }
}
