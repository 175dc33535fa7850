using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class SentimentEntryConfiguration : IEntityTypeConfiguration<SentimentEntry>
{
    public void Configure(EntityTypeBuilder<SentimentEntry> builder)
    {
        builder.ToTable("message_sentiments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.CustomerKey).HasColumnName("customer_key").HasMaxLength(32);
        builder.Property(e => e.ChatChannel).HasColumnName("chat_channel").HasMaxLength(64);
        builder.Property(e => e.ActivityId).HasColumnName("activity_id").HasMaxLength(256);
        builder.Property(e => e.Language).HasColumnName("language").HasMaxLength(8);
        builder.Property(e => e.Compound).HasColumnName("compound");
        builder.Property(e => e.Label).HasColumnName("label").HasMaxLength(16);
        builder.Property(e => e.At).HasColumnName("at");
        // A turn that runs twice (a state conflict) scores its message once.
        builder.HasIndex(e => new { e.ChatChannel, e.ActivityId }).IsUnique();
        builder.HasIndex(e => e.CustomerKey);
        builder.HasIndex(e => e.At);
    }
}
