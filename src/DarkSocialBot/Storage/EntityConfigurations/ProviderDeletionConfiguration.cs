using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class ProviderDeletionConfiguration : IEntityTypeConfiguration<ProviderDeletion>
{
    public void Configure(EntityTypeBuilder<ProviderDeletion> builder)
    {
        builder.ToTable("provider_deletions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.Kind).HasColumnName("kind");
        builder.Property(e => e.Resource).HasColumnName("resource").HasMaxLength(256);
        builder.Property(e => e.Scope).HasColumnName("scope").HasMaxLength(64);
        builder.Property(e => e.Reason).HasColumnName("reason");
        builder.Property(e => e.Status).HasColumnName("status");
        builder.Property(e => e.Attempts).HasColumnName("attempts");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(e => e.Error).HasColumnName("error").HasMaxLength(1024);
        builder.Property(e => e.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(128);
        builder.Property(e => e.LeaseUntil).HasColumnName("lease_until");
        // Queued by INSERT … ON CONFLICT DO NOTHING: an erasure and a later purge naming the same message delete it once.
        builder.HasIndex(e => new { e.Kind, e.Resource }).IsUnique();
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
    }
}
