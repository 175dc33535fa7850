using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.UserId).HasColumnName("user_id").HasMaxLength(256);
        builder.Property(e => e.DisplayName).HasColumnName("display_name").HasMaxLength(256);
        builder.Property(e => e.WaId).HasColumnName("wa_id").HasMaxLength(32);
        builder.Property(e => e.Bsuid).HasColumnName("bsuid").HasMaxLength(160);
        builder.Property(e => e.OptedOutAt).HasColumnName("opted_out_at");
        builder.Property(e => e.LastInboundAt).HasColumnName("last_inbound_at");
        builder.Property(e => e.OfferedChoices).HasColumnName("offered_choices");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        // One row per customer and channel: upserts rely on it (idempotency by unique index).
        builder.HasIndex(e => new { e.ChannelId, e.UserId }).IsUnique();
        builder.HasIndex(e => new { e.ChannelId, e.Bsuid });
    }
}
