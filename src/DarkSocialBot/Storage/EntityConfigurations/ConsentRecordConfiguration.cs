using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("broadcast_consents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.SubscriberId).HasColumnName("subscriber_id");
        builder.Property(e => e.Topic).HasColumnName("topic").HasMaxLength(128);
        builder.Property(e => e.Purpose).HasColumnName("purpose");
        builder.Property(e => e.Granted).HasColumnName("granted");
        builder.Property(e => e.WordingVersion).HasColumnName("wording_version").HasMaxLength(64);
        builder.Property(e => e.Wording).HasColumnName("wording").HasMaxLength(4096);
        builder.Property(e => e.Source).HasColumnName("source");
        builder.Property(e => e.Evidence).HasColumnName("evidence").HasMaxLength(512);
        builder.Property(e => e.RecordedAt).HasColumnName("recorded_at");
        builder.HasOne<Subscriber>().WithMany().HasForeignKey(e => e.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        // A retried turn or a re-sent import row records its consent once.
        builder.HasIndex(e => new { e.SubscriberId, e.Topic, e.Evidence }).IsUnique();
    }
}
