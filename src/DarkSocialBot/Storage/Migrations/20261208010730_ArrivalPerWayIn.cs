using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DarkSocialBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ArrivalPerWayIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_arrivals_customer_key_conversation_ref",
                table: "arrivals");

            migrationBuilder.AddColumn<string>(
                name: "entry_key",
                table: "arrivals",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_arrivals_customer_key_conversation_ref_entry_key",
                table: "arrivals",
                columns: new[] { "customer_key", "conversation_ref", "entry_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_arrivals_customer_key_conversation_ref_entry_key",
                table: "arrivals");

            migrationBuilder.DropColumn(
                name: "entry_key",
                table: "arrivals");

            migrationBuilder.CreateIndex(
                name: "IX_arrivals_customer_key_conversation_ref",
                table: "arrivals",
                columns: new[] { "customer_key", "conversation_ref" },
                unique: true);
        }
    }
}
