using Corridor.Data;
using Corridor.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Notifications;

/// <summary>Where a notification goes out: a log line now; e-mail and SMS adapters implement the same interface later.</summary>
public interface INotificationChannel
{
    /// <summary>Sends <paramref name="text"/>; throws when it could not.</summary>
    Task SendAsync(Notification notification, string text, CancellationToken ct);
}

/// <summary>The "logged notification": one Information line per message, in English (a log has no reader's language).</summary>
public sealed class LogNotificationChannel(ILogger<LogNotificationChannel> log) : INotificationChannel
{
    public Task SendAsync(Notification notification, string text, CancellationToken ct)
    {
        log.LogInformation("Notification {Id} to {Kind} {Recipient}: {Text}", notification.Id, notification.RecipientKind, notification.RecipientId, text);
        return Task.CompletedTask;
    }
}

public sealed record DeliveryResult(int Delivered, int Failed);

/// <summary>
/// Delivers due, undelivered notifications in batches, oldest due first. Each batch is saved (and
/// audited) as one unit; a failed send is kept with its error and retried after a growing pause.
/// Delivery is at least once: a crash between sending and saving sends the batch again.
/// </summary>
public sealed class OutboxDelivery(CorridorDbContext db, INotificationChannel channel, TimeProvider clock, ILogger<OutboxDelivery> log)
{
    public const int BatchSize = 100;
    /// <summary>At most this many batches per call, so one call cannot run forever.</summary>
    public const int MaxBatches = 50;

    public async Task<DeliveryResult> DeliverAsync(CancellationToken ct)
    {
        int delivered = 0, failed = 0;
        for (var b = 0; b < MaxBatches; b++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var batch = await db.Notifications
                .Where(n => n.DeliveredAt == null && n.NextAttemptAt != null && n.NextAttemptAt <= now)
                .OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id)
                .Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var n in batch)
            {
                try
                {
                    await channel.SendAsync(n, n.EnglishText(), ct);
                    n.Delivered(clock.GetUtcNow().UtcDateTime);
                    delivered++;
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    n.Failed($"{e.GetType().Name}: {e.Message}", clock.GetUtcNow().UtcDateTime);
                    failed++;
                    log.LogWarning(e, "Notification {Id} could not be delivered (attempt {Attempts}).", n.Id, n.Attempts);
                }
            }
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another deliverer saved these rows first; leave the rest to the next round.
                log.LogWarning("Another delivery run handled the same notifications; stopping this round.");
                db.ChangeTracker.Clear();
                break;
            }
            db.ChangeTracker.Clear();
            if (batch.Count < BatchSize) break;
        }
        return new DeliveryResult(delivered, failed);
    }
}
