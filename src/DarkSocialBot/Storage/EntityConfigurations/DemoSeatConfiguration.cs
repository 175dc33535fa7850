using DarkSocialBot.Airline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class DemoSeatConfiguration : IEntityTypeConfiguration<DemoSeat>
{
    public void Configure(EntityTypeBuilder<DemoSeat> builder)
    {
        builder.ToTable("seats");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.FlightId).HasColumnName("flight_id");
        builder.Property(e => e.Code).HasColumnName("code").HasMaxLength(4);
        builder.Property(e => e.Row).HasColumnName("row");
        builder.Property(e => e.Letter).HasColumnName("letter").HasMaxLength(1);
        builder.Property(e => e.Cabin).HasColumnName("cabin");
        builder.Property(e => e.Position).HasColumnName("position");
        builder.Property(e => e.ExtraLegroom).HasColumnName("extra_legroom");
        builder.Property(e => e.PassengerId).HasColumnName("passenger_id");
        builder.Property(e => e.Taken).HasColumnName("taken");
        builder.HasOne<DemoFlight>().WithMany().HasForeignKey(e => e.FlightId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DemoPassenger>().WithMany().HasForeignKey(e => e.PassengerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.FlightId, e.Code }).IsUnique();
        // One seat per passenger: a seat change frees the old seat before it claims the new one.
        builder.HasIndex(e => e.PassengerId).IsUnique().HasFilter("passenger_id IS NOT NULL");
    }
}
