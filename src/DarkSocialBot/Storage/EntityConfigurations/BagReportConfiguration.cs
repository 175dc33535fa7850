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
        builder.Property(e => e.ConversationKey).HasColumnName("conversation_key").HasMaxLength(512);
        builder.Property(e => e.HandledAt).HasColumnName("handled_at");
        builder.Property(e => e.HandledBy).HasColumnName("handled_by").HasMaxLength(100);
        builder.Property(e => e.ErasureRequestedAt).HasColumnName("erasure_requested_at");
        builder.HasOne<DemoPassenger>().WithMany().HasForeignKey(e => e.PassengerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.Reference).IsUnique();
        // The baggage desk's list: open (or handled) reports, newest first.
        builder.HasIndex(e => new { e.HandledAt, e.CreatedAt });
        // A conversation's reports: the customer's export and erasure.
        builder.HasIndex(e => e.ConversationKey);
    }
}
