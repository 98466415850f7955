using Corridor.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Ignore(x => x.Arguments);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Topic).HasMaxLength(64);
        b.Property(x => x.DedupKey).HasMaxLength(200);
        b.Property(x => x.MessageKey).HasMaxLength(500);
        b.Property(x => x.ArgumentsJson).HasColumnType("text");
        b.Property(x => x.LastError).HasMaxLength(Notification.MaxErrorLength);
        // The same reminder is queued once, even by two runs at the same moment.
        b.HasIndex(x => x.DedupKey).IsUnique();
        // The delivery job reads due rows; the inbox reads a recipient's rows newest first.
        b.HasIndex(x => new { x.DeliveredAt, x.NextAttemptAt });
        b.HasIndex(x => new { x.RecipientKind, x.RecipientId, x.CreatedAt });
        b.HasIndex(x => new { x.Topic, x.SubjectId });
    }
}
