using DarkSocialBot.Airline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class DemoBookingConfiguration : IEntityTypeConfiguration<DemoBooking>
{
    public void Configure(EntityTypeBuilder<DemoBooking> builder)
    {
        builder.ToTable("bookings");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.Reference).HasColumnName("reference").HasMaxLength(6);
        builder.Property(e => e.FlightId).HasColumnName("flight_id");
        builder.Property(e => e.Cabin).HasColumnName("cabin");
        builder.Property(e => e.Fare).HasColumnName("fare");
        builder.HasOne<DemoFlight>().WithMany().HasForeignKey(e => e.FlightId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Passengers).WithOne().HasForeignKey(p => p.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.Reference).IsUnique();
    }
}
