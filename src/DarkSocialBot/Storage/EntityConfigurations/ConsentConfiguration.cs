using DarkSocialBot.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.ToTable("consents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.UserId).HasColumnName("user_id").HasMaxLength(256);
        builder.Property(e => e.Purpose).HasColumnName("purpose").HasMaxLength(16).HasConversion<string>();
        builder.Property(e => e.Granted).HasColumnName("granted");
        builder.Property(e => e.WordingVersion).HasColumnName("wording_version").HasMaxLength(32);
        builder.Property(e => e.Source).HasColumnName("source").HasMaxLength(32);
        builder.Property(e => e.RecordedAt).HasColumnName("recorded_at");
        builder.HasIndex(e => new { e.ChannelId, e.UserId, e.Purpose, e.RecordedAt });
    }
}
