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
        builder.HasIndex(e => new { e.Status, e.Id });
    }
}
