using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    public void Configure(EntityTypeBuilder<Subscriber> builder)
    {
        builder.ToTable("broadcast_subscribers");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.UserId).HasColumnName("user_id").HasMaxLength(256);
        builder.Property(e => e.ConversationId).HasColumnName("conversation_id").HasMaxLength(512);
        builder.Property(e => e.ServiceUrl).HasColumnName("service_url").HasMaxLength(512);
        builder.Property(e => e.BotId).HasColumnName("bot_id").HasMaxLength(256);
        builder.Property(e => e.DisplayName).HasColumnName("display_name").HasMaxLength(256);
        builder.Property(e => e.Language).HasColumnName("language").HasMaxLength(8);
        builder.Property(e => e.TimeZone).HasColumnName("time_zone").HasMaxLength(64);
        builder.Property(e => e.Tags).HasColumnName("tags").HasMaxLength(1024);
        builder.Property(e => e.LastSeenAt).HasColumnName("last_seen_at");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        // One subscriber per customer and channel: upserts rely on it.
        builder.HasIndex(e => new { e.ChannelId, e.UserId }).IsUnique();
    }
}
