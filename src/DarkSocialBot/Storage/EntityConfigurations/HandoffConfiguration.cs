using DarkSocialBot.Handoffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class HandoffConfiguration : IEntityTypeConfiguration<Handoff>
{
    public void Configure(EntityTypeBuilder<Handoff> builder)
    {
        builder.ToTable("handoffs");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.ConversationKey).HasColumnName("conversation_key").HasMaxLength(512);
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(32);
        builder.Property(e => e.Intent).HasColumnName("intent").HasMaxLength(32);
        builder.Property(e => e.BookingReference).HasColumnName("booking_reference").HasMaxLength(16);
        builder.Property(e => e.Locale).HasColumnName("locale").HasMaxLength(35);
        builder.Property(e => e.Note).HasColumnName("note").HasMaxLength(1024);
        builder.Property(e => e.ConversationReference).HasColumnName("conversation_reference");
        builder.Property(e => e.OpenedAt).HasColumnName("opened_at");
        builder.Property(e => e.ClosedAt).HasColumnName("closed_at");
        builder.Property(e => e.ClosedBy).HasColumnName("closed_by").HasMaxLength(16);
        // At most one open handoff per conversation: opening twice (a retried turn) finds the first.
        builder.HasIndex(e => e.ConversationKey).IsUnique().HasFilter("closed_at IS NULL");
        builder.HasIndex(e => new { e.ClosedAt, e.OpenedAt });
        // A conversation's handoffs, open or closed: the customer's export and erasure.
        builder.HasIndex(e => new { e.ConversationKey, e.Id });
    }
}
