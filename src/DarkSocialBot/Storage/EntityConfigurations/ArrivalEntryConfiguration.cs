using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class ArrivalEntryConfiguration : IEntityTypeConfiguration<ArrivalEntry>
{
    public void Configure(EntityTypeBuilder<ArrivalEntry> builder)
    {
        builder.ToTable("arrivals");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.CustomerKey).HasColumnName("customer_key").HasMaxLength(32);
        builder.Property(e => e.ConversationRef).HasColumnName("conversation_ref").HasMaxLength(32);
        builder.Property(e => e.ChatChannel).HasColumnName("chat_channel").HasMaxLength(64);
        builder.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(32);
        builder.Property(e => e.Code).HasColumnName("code").HasMaxLength(64);
        builder.Property(e => e.Source).HasColumnName("source").HasMaxLength(32);
        builder.Property(e => e.ShareChannel).HasColumnName("share_channel").HasMaxLength(32);
        builder.Property(e => e.Campaign).HasColumnName("campaign").HasMaxLength(64);
        builder.Property(e => e.Medium).HasColumnName("medium").HasMaxLength(64);
        builder.Property(e => e.SeenAt).HasColumnName("seen_at");
        builder.Property(e => e.EntryKey).HasColumnName("entry_key").HasMaxLength(256).HasDefaultValue("");
        builder.HasIndex(e => new { e.CustomerKey, e.ConversationRef, e.EntryKey }).IsUnique();
    }
}
