using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class InboxEntryConfiguration : IEntityTypeConfiguration<InboxEntry>
{
    public void Configure(EntityTypeBuilder<InboxEntry> builder)
    {
        builder.ToTable("inbox");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.ActivityId).HasColumnName("activity_id").HasMaxLength(256);
        builder.Property(e => e.ConversationKey).HasColumnName("conversation_key").HasMaxLength(512);
        builder.Property(e => e.Payload).HasColumnName("payload");
        builder.Property(e => e.Status).HasColumnName("status");
        builder.Property(e => e.ReceivedAt).HasColumnName("received_at");
        builder.Property(e => e.ProcessedAt).HasColumnName("processed_at");
        // Every provider retries: the same activity delivered twice must run once.
        builder.HasIndex(e => new { e.ChannelId, e.ActivityId }).IsUnique();
        // Pending rows only (recovery after a restart, the queue count): processed rows leave it, so it stays a few pages.
        builder.HasIndex(e => new { e.Status, e.Id }).HasFilter("status = 0");
        // A conversation's messages: handoff transcripts, the customer's export and erasure (not a scan of every message).
        builder.HasIndex(e => new { e.ConversationKey, e.Id });
    }
}
