using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class AttributionAnswerEntryConfiguration : IEntityTypeConfiguration<AttributionAnswerEntry>
{
    public void Configure(EntityTypeBuilder<AttributionAnswerEntry> builder)
    {
        builder.ToTable("attribution_answers");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.CustomerKey).HasColumnName("customer_key").HasMaxLength(32);
        builder.Property(e => e.ChatChannel).HasColumnName("chat_channel").HasMaxLength(64);
        builder.Property(e => e.Language).HasColumnName("language").HasMaxLength(8);
        builder.Property(e => e.Status).HasColumnName("status");
        builder.Property(e => e.AskedAt).HasColumnName("asked_at");
        builder.Property(e => e.AnsweredAt).HasColumnName("answered_at");
        builder.Property(e => e.AnswerText).HasColumnName("answer_text").HasMaxLength(1000);
        builder.Property(e => e.Source).HasColumnName("source").HasMaxLength(32);
        builder.Property(e => e.Class).HasColumnName("class").HasMaxLength(16);
        builder.Property(e => e.ShareChannel).HasColumnName("share_channel").HasMaxLength(32);
        builder.Property(e => e.Detail).HasColumnName("detail").HasMaxLength(200);
        builder.Property(e => e.Confidence).HasColumnName("confidence");
        builder.Property(e => e.ClassifierVersion).HasColumnName("classifier_version").HasMaxLength(32);
        builder.Property(e => e.Evidence).HasColumnName("evidence").HasMaxLength(500);
        builder.Property(e => e.FollowUp).HasColumnName("follow_up").HasMaxLength(32);
        builder.Property(e => e.TrackedKind).HasColumnName("tracked_kind").HasMaxLength(32);
        builder.Property(e => e.TrackedCode).HasColumnName("tracked_code").HasMaxLength(64);
        builder.Property(e => e.TrackedSource).HasColumnName("tracked_source").HasMaxLength(32);
        builder.Property(e => e.TrackedChannel).HasColumnName("tracked_channel").HasMaxLength(32);
        builder.Property(e => e.TrackedCampaign).HasColumnName("tracked_campaign").HasMaxLength(64);
        builder.Property(e => e.TrackedMedium).HasColumnName("tracked_medium").HasMaxLength(64);
        builder.Property(e => e.ShareComment).HasColumnName("share_comment").HasMaxLength(1000);
        builder.Property(e => e.ShareSentiment).HasColumnName("share_sentiment");
        builder.Property(e => e.ShareSentimentLabel).HasColumnName("share_sentiment_label").HasMaxLength(16);
        // Asked once per customer: the unique key also makes every write idempotent when a turn runs twice.
        builder.HasIndex(e => e.CustomerKey).IsUnique();
        builder.HasIndex(e => new { e.Status, e.AnsweredAt });
        builder.HasIndex(e => e.ClassifierVersion);
    }
}
