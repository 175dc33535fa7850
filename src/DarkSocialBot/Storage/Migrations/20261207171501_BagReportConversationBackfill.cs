using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DarkSocialBot.Storage.Migrations
{
    /// <summary>
    /// Bag reports filed before <c>bag_reports.conversation_key</c> existed are linked to their conversation where that is
    /// certain: the bot's own confirmation ("Your report is filed 🧳 Reference AMSNM48213…") is an outbox row of that
    /// conversation, written in the turn that filed the report. A report gets the conversation of the outbox rows that name its
    /// (unique) reference from a minute before it was filed to ten minutes after, only when they are all of one conversation;
    /// otherwise (the messages were purged or erased, or two conversations name it) it stays unlinked, and the customer's
    /// erasure finds it by the phone number it gives as contact (<c>CustomerEraser</c>). Nothing is undone on the way down.
    /// </summary>
    public partial class BagReportConversationBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Times are UTC ticks: 600000000 is a minute. The payload is the activity as UTF-8 JSON; a reference is ASCII.
            migrationBuilder.Sql("""
                UPDATE bag_reports SET conversation_key = (
                    SELECT CASE WHEN COUNT(DISTINCT o.conversation_key) = 1 THEN MIN(o.conversation_key) END
                    FROM outbox o
                    WHERE o.created_at BETWEEN bag_reports.created_at - 600000000 AND bag_reports.created_at + 6000000000
                      AND instr(CAST(o.payload AS TEXT), bag_reports.reference) > 0)
                WHERE conversation_key IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
