using DarkSocialBot.Airline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class DemoPassengerConfiguration : IEntityTypeConfiguration<DemoPassenger>
{
    public void Configure(EntityTypeBuilder<DemoPassenger> builder)
    {
        builder.ToTable("passengers");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.BookingId).HasColumnName("booking_id");
        builder.Property(e => e.FirstName).HasColumnName("first_name").HasMaxLength(64);
        builder.Property(e => e.LastName).HasColumnName("last_name").HasMaxLength(64);
        builder.Property(e => e.CheckedInAt).HasColumnName("checked_in_at");
        builder.Property(e => e.BoardingPassToken).HasColumnName("boarding_pass_token").HasMaxLength(64);
        builder.Property(e => e.BoardingGroup).HasColumnName("boarding_group").HasMaxLength(4);
        builder.HasIndex(e => e.BoardingPassToken).IsUnique();
    }
}
