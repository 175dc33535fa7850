using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("broadcast_campaigns");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(e => e.Topic).HasColumnName("topic").HasMaxLength(128);
        builder.Property(e => e.Purpose).HasColumnName("purpose");
        builder.Property(e => e.Status).HasColumnName("status");
        builder.Property(e => e.SegmentJson).HasColumnName("segment");
        builder.Property(e => e.ContentJson).HasColumnName("content");
        builder.Property(e => e.ScheduledAt).HasColumnName("scheduled_at");
        builder.Property(e => e.SeenSince).HasColumnName("seen_since");
        builder.Property(e => e.FanOutCursor).HasColumnName("fan_out_cursor");
        builder.Property(e => e.FanOutDone).HasColumnName("fan_out_done");
        builder.Property(e => e.Enqueued).HasColumnName("enqueued");
        builder.Property(e => e.TriggerKey).HasColumnName("trigger_key").HasMaxLength(256);
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.Property(e => e.StartedAt).HasColumnName("started_at");
        builder.Property(e => e.CompletedAt).HasColumnName("completed_at");
        builder.HasIndex(e => new { e.Status, e.ScheduledAt });
        // One automatic campaign per triggering event (NULLs are distinct on both databases).
        builder.HasIndex(e => e.TriggerKey).IsUnique();
    }
}
