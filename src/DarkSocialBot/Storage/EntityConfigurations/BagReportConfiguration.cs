using DarkSocialBot.Airline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class BagReportConfiguration : IEntityTypeConfiguration<BagReport>
{
    public void Configure(EntityTypeBuilder<BagReport> builder)
    {
        builder.ToTable("bag_reports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.Reference).HasColumnName("reference").HasMaxLength(16);
        builder.Property(e => e.PassengerId).HasColumnName("passenger_id");
        builder.Property(e => e.Description).HasColumnName("description").HasMaxLength(1024);
        builder.Property(e => e.ContactPhone).HasColumnName("contact_phone").HasMaxLength(32);
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.Attachments).HasColumnName("attachments");
        builder.Property(e => e.Damaged).HasColumnName("damaged");
        builder.HasOne<DemoPassenger>().WithMany().HasForeignKey(e => e.PassengerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.Reference).IsUnique();
    }
}
