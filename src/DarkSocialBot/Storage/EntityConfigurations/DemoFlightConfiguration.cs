using DarkSocialBot.Airline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class DemoFlightConfiguration : IEntityTypeConfiguration<DemoFlight>
{
    public void Configure(EntityTypeBuilder<DemoFlight> builder)
    {
        builder.ToTable("flights");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.Number).HasColumnName("number").HasMaxLength(8);
        builder.Property(e => e.Date).HasColumnName("date");
        builder.Property(e => e.Origin).HasColumnName("origin").HasMaxLength(3);
        builder.Property(e => e.Destination).HasColumnName("destination").HasMaxLength(3);
        builder.Property(e => e.ScheduledDeparture).HasColumnName("scheduled_departure");
        builder.Property(e => e.ScheduledArrival).HasColumnName("scheduled_arrival");
        builder.Property(e => e.EstimatedDeparture).HasColumnName("estimated_departure");
        builder.Property(e => e.State).HasColumnName("state");
        builder.Property(e => e.Terminal).HasColumnName("terminal").HasMaxLength(DemoFlight.MaxCodeLength);
        builder.Property(e => e.Gate).HasColumnName("gate").HasMaxLength(DemoFlight.MaxCodeLength);
        builder.Property(e => e.Rows).HasColumnName("rows");
        builder.Property(e => e.BusinessRows).HasColumnName("business_rows");
        builder.HasIndex(e => new { e.Number, e.Date }).IsUnique();
    }
}
