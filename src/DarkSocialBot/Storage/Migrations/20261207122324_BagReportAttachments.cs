using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DarkSocialBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class BagReportAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "attachments",
                table: "bag_reports",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attachments",
                table: "bag_reports");
        }
    }
}
