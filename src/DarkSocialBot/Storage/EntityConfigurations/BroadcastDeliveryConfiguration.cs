using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class BroadcastDeliveryConfiguration : IEntityTypeConfiguration<BroadcastDelivery>
{
    public void Configure(EntityTypeBuilder<BroadcastDelivery> builder)
    {
        builder.ToTable("broadcast_deliveries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.CampaignId).HasColumnName("campaign_id");
        builder.Property(e => e.SubscriberId).HasColumnName("subscriber_id");
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.Status).HasColumnName("status");
        builder.Property(e => e.DueAt).HasColumnName("due_at");
        builder.Property(e => e.Deferrals).HasColumnName("deferrals");
        builder.Property(e => e.OutboxId).HasColumnName("outbox_id");
        builder.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(64);
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Subscriber>().WithMany().HasForeignKey(e => e.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        // The guarantee: one delivery per campaign and subscriber, whatever crashes or retries happen.
        builder.HasIndex(e => new { e.CampaignId, e.SubscriberId }).IsUnique();
        // Each campaign's queue per sender, due first (also counts and completion by campaign and status).
        builder.HasIndex(e => new { e.CampaignId, e.Status, e.ChannelId, e.DueAt });
        builder.HasIndex(e => e.OutboxId);
    }
}
