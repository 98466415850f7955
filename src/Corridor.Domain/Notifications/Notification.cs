using System.Globalization;
using System.Text.Json;
using Corridor.Domain.Common;

namespace Corridor.Domain.Notifications;

public enum RecipientKind
{
    Employer = 1,
    Worker = 2,
}

/// <summary>
/// One message in the outbox: written in the same transaction as the fact it reports, delivered later
/// by a background job through a channel (a log line now; e-mail or SMS later). The text is stored as
/// the English template key and its arguments, so each reader sees it in their own language.
/// <see cref="DedupKey"/> is unique: the same reminder is never queued twice.
/// </summary>
public sealed class Notification : Entity
{
    /// <summary>After this many failed attempts the row stays undelivered and is no longer retried.</summary>
    public const int MaxAttempts = 10;
    public const int MaxErrorLength = 2000;

    private Notification() { }

    public Notification(RecipientKind recipientKind, Guid recipientId, string topic, Guid subjectId, string dedupKey,
        string messageKey, IReadOnlyList<string> arguments, DateTime now)
    {
        if (recipientId == Guid.Empty) throw new DomainException("A notification needs a recipient.", nameof(RecipientId));
        if (string.IsNullOrWhiteSpace(topic)) throw new DomainException("A notification needs a topic.", nameof(Topic));
        if (string.IsNullOrWhiteSpace(dedupKey)) throw new DomainException("A notification needs a deduplication key.", nameof(DedupKey));
        if (string.IsNullOrWhiteSpace(messageKey)) throw new DomainException("A notification needs a message.", nameof(MessageKey));
        RecipientKind = recipientKind;
        RecipientId = recipientId;
        Topic = topic;
        SubjectId = subjectId;
        DedupKey = dedupKey;
        MessageKey = messageKey;
        ArgumentsJson = JsonSerializer.Serialize(arguments);
        NextAttemptAt = now;
    }

    public RecipientKind RecipientKind { get; private set; }
    public Guid RecipientId { get; private set; }
    /// <summary>What it is about, e.g. "permit.expiry".</summary>
    public string Topic { get; private set; } = "";
    /// <summary>The record it is about (for "permit.expiry", the permit).</summary>
    public Guid SubjectId { get; private set; }
    public string DedupKey { get; private set; } = "";
    /// <summary>The English template (a key of the resource file), with {0}, {1}… for the arguments.</summary>
    public string MessageKey { get; private set; } = "";
    /// <summary>The template's arguments as a JSON array of strings.</summary>
    public string ArgumentsJson { get; private set; } = "[]";
    public DateTime? DeliveredAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>When delivery is due; null once delivered or given up.</summary>
    public DateTime? NextAttemptAt { get; private set; }

    public IReadOnlyList<string> Arguments => JsonSerializer.Deserialize<string[]>(ArgumentsJson) ?? [];

    /// <summary>The text in English (the template is English), for channels that have no reader's language.</summary>
    public string EnglishText() => Render(MessageKey, Arguments);

    public static string Render(string template, IReadOnlyList<string> arguments) =>
        string.Format(CultureInfo.InvariantCulture, template, arguments.Cast<object>().ToArray());

    public void Delivered(DateTime now)
    {
        if (DeliveredAt is not null) throw new DomainException("This notification was already delivered.");
        Attempts++;
        DeliveredAt = now;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>A failed attempt: the next one waits twice as long as the last (1 minute, 2, 4 … at most a day).</summary>
    public void Failed(string error, DateTime now)
    {
        if (DeliveredAt is not null) throw new DomainException("This notification was already delivered.");
        Attempts++;
        LastError = string.IsNullOrWhiteSpace(error) ? "Unknown error." : error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        NextAttemptAt = Attempts >= MaxAttempts ? null : now + Backoff(Attempts);
    }

    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Max(0, attempts - 1)), 24 * 60));
}
