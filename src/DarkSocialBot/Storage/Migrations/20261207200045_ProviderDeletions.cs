using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DarkSocialBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ProviderDeletions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "provider_deletions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    resource = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    reason = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    lease_owner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    lease_until = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_provider_deletions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_provider_deletions_kind_resource",
                table: "provider_deletions",
                columns: new[] { "kind", "resource" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_provider_deletions_status_next_attempt_at",
                table: "provider_deletions",
                columns: new[] { "status", "next_attempt_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "provider_deletions");
        }
    }
}
