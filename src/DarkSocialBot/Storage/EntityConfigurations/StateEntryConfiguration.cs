using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class StateEntryConfiguration : IEntityTypeConfiguration<StateEntry>
{
    public void Configure(EntityTypeBuilder<StateEntry> builder)
    {
        builder.ToTable("states");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasColumnName("key").HasMaxLength(512);
        builder.Property(e => e.Data).HasColumnName("data");
        builder.Property(e => e.Version).HasColumnName("version").IsConcurrencyToken();
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
    }
}
