using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class SenderLeaseConfiguration : IEntityTypeConfiguration<SenderLease>
{
    public void Configure(EntityTypeBuilder<SenderLease> builder)
    {
        builder.ToTable("broadcast_sender_leases");
        builder.HasKey(e => e.ChannelId);
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.Owner).HasColumnName("owner").HasMaxLength(128);
        builder.Property(e => e.LeaseUntil).HasColumnName("lease_until");
    }
}
