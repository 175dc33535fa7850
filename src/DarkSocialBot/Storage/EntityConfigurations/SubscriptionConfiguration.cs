using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("broadcast_subscriptions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.SubscriberId).HasColumnName("subscriber_id");
        builder.Property(e => e.Topic).HasColumnName("topic").HasMaxLength(128);
        builder.Property(e => e.Purpose).HasColumnName("purpose");
        builder.Property(e => e.Status).HasColumnName("status");
        builder.Property(e => e.ConsentId).HasColumnName("consent_id");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.Property(e => e.EndedAt).HasColumnName("ended_at");
        builder.Property(e => e.EndReason).HasColumnName("end_reason").HasMaxLength(64);
        builder.HasOne<Subscriber>().WithMany().HasForeignKey(e => e.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConsentRecord>().WithMany().HasForeignKey(e => e.ConsentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.SubscriberId, e.Topic }).IsUnique();
        // Fan-out walks a topic's active subscribers in subscriber order.
        builder.HasIndex(e => new { e.Topic, e.Status, e.SubscriberId });
    }
}
