using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class ConversationLinkConfiguration : IEntityTypeConfiguration<ConversationLink>
{
    public void Configure(EntityTypeBuilder<ConversationLink> builder)
    {
        builder.ToTable("customer_conversations");
        builder.HasKey(e => new { e.ChannelId, e.UserId, e.ConversationKey });
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.UserId).HasColumnName("user_id").HasMaxLength(256);
        builder.Property(e => e.ConversationKey).HasColumnName("conversation_key").HasMaxLength(512);
        builder.Property(e => e.FirstSeenAt).HasColumnName("first_seen_at");
        builder.HasIndex(e => e.ConversationKey);
    }
}
