using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DarkSocialBot.Storage.EntityConfigurations;

internal sealed class OutboxEntryConfiguration : IEntityTypeConfiguration<OutboxEntry>
{
    public void Configure(EntityTypeBuilder<OutboxEntry> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.ChannelId).HasColumnName("channel_id").HasMaxLength(64);
        builder.Property(e => e.ConversationKey).HasColumnName("conversation_key").HasMaxLength(512);
        builder.Property(e => e.Payload).HasColumnName("payload");
        builder.Property(e => e.Status).HasColumnName("status");
        builder.Property(e => e.Attempts).HasColumnName("attempts");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(e => e.SentAt).HasColumnName("sent_at");
        builder.Property(e => e.ProviderMessageId).HasColumnName("provider_message_id").HasMaxLength(128);
        builder.Property(e => e.Error).HasColumnName("error").HasMaxLength(1024);
        builder.Property(e => e.DeliveryStatus).HasColumnName("delivery_status");
        builder.Property(e => e.DeliveryUpdatedAt).HasColumnName("delivery_updated_at");
        builder.Property(e => e.ErrorCode).HasColumnName("error_code").HasMaxLength(32);
        builder.Property(e => e.PartsSent).HasColumnName("parts_sent").HasDefaultValue(0); // rows are inserted by raw SQL that does not name it
        builder.Property(e => e.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(128);
        builder.Property(e => e.LeaseUntil).HasColumnName("lease_until");
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
        builder.HasIndex(e => new { e.ConversationKey, e.Id });
        // Pending rows of a conversation, oldest first: the claim and the fast path ask for them on every turn, and a
        // long conversation's sent rows must not be scanned for that.
        builder.HasIndex(e => new { e.ConversationKey, e.Id }, "IX_outbox_pending_conversation_key_id").HasFilter("status = 0");
        // Status callbacks find a message by the provider's id; rows not (yet) accepted have none and stay out of the index.
        builder.HasIndex(e => e.ProviderMessageId).HasFilter("provider_message_id IS NOT NULL");
    }
}
