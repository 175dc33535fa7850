using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class AttributionDailyCountConfiguration : IEntityTypeConfiguration<AttributionDailyCount>
{
    public void Configure(EntityTypeBuilder<AttributionDailyCount> builder)
    {
        builder.ToTable("attribution_daily_counts");
        builder.HasKey(e => new { e.Day, e.ChatChannel, e.Language, e.Source, e.Class, e.ShareChannel });
        builder.Property(e => e.Day).HasColumnName("day");
        builder.Property(e => e.ChatChannel).HasColumnName("chat_channel").HasMaxLength(64);
        builder.Property(e => e.Language).HasColumnName("language").HasMaxLength(8);
        builder.Property(e => e.Source).HasColumnName("source").HasMaxLength(32);
        builder.Property(e => e.Class).HasColumnName("class").HasMaxLength(16);
        builder.Property(e => e.ShareChannel).HasColumnName("share_channel").HasMaxLength(32);
        builder.Property(e => e.Asked).HasColumnName("asked");
        builder.Property(e => e.Answered).HasColumnName("answered");
        builder.Property(e => e.Skipped).HasColumnName("skipped");
        builder.Property(e => e.SentimentSum).HasColumnName("sentiment_sum");
        builder.Property(e => e.SentimentCount).HasColumnName("sentiment_count");
    }
}
