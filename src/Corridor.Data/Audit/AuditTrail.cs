using System.Text.Json;
using Corridor.Domain.Audit;
using Corridor.Domain.Common;
using Corridor.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Corridor.Data.Audit;

/// <summary>
/// Turns tracked changes into audit events and appends them to the hash chain inside the saving
/// transaction. Secrets (password hashes, security stamps) are never written to the trail.
/// </summary>
internal static class AuditTrail
{
    private static readonly HashSet<string> Hidden =
    [
        nameof(CorridorUser.PasswordHash), nameof(CorridorUser.SecurityStamp), nameof(CorridorUser.ConcurrencyStamp),
        nameof(Entity.Version), nameof(Entity.CreatedAt), nameof(Entity.UpdatedAt),
        "SearchKey", // derived from the other fields
    ];

    /// <summary>Secrets whose change is itself worth recording, without the value: "PasswordHash": "(changed)".</summary>
    private static readonly HashSet<string> ChangeOnly = [nameof(CorridorUser.PasswordHash)];

    // Enums by name and Cyrillic as text, so the trail reads plainly in SQL as well as on the history page.
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Lock key for the chain on PostgreSQL (pg_advisory_xact_lock); any constant unique to Corridor.</summary>
    public const long ChainLockKey = 0x436f72726964; // "Corrid"

    public static List<AuditEvent> Collect(ChangeTracker tracker, IAuditActor actor, DateTime now,
        IReadOnlyList<PendingAction> actions)
    {
        var events = new List<AuditEvent>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEvent) continue;
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var data = entry.State switch
            {
                EntityState.Added => entry.Properties.Where(Visible)
                    .ToDictionary(p => p.Metadata.Name, p => p.CurrentValue),
                EntityState.Modified => entry.Properties.Where(p => p.IsModified && Visible(p) && !Equals(p.OriginalValue, p.CurrentValue))
                    .ToDictionary(p => p.Metadata.Name, p => (object?)new[] { p.OriginalValue, p.CurrentValue })
                    .Concat(entry.Properties.Where(p => ChangeOnly.Contains(p.Metadata.Name) && p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                        .Select(p => KeyValuePair.Create(p.Metadata.Name, (object?)"(changed)")))
                    .ToDictionary(),
                _ => new Dictionary<string, object?>(),
            };
            if (entry.State == EntityState.Modified && data.Count == 0) continue;
            events.Add(new AuditEvent
            {
                OccurredAt = now,
                ActorId = actor.UserId,
                ActorName = actor.Name,
                Action = entry.State switch { EntityState.Added => "created", EntityState.Modified => "updated", _ => "deleted" },
                EntityType = entry.Metadata.DisplayName(),
                EntityId = KeyOf(entry),
                Data = JsonSerializer.Serialize(data, Json),
            });
        }
        events.AddRange(actions.Select(a => new AuditEvent
        {
            OccurredAt = now,
            ActorId = actor.UserId,
            ActorName = actor.Name,
            Action = a.Action,
            EntityType = a.EntityType,
            EntityId = a.EntityId,
            Data = JsonSerializer.Serialize(a.Data, Json),
        }));
        return events;
    }

    /// <summary>Links <paramref name="events"/> after the last stored event.</summary>
    public static void Chain(IEnumerable<AuditEvent> events, long lastSequence, string lastHash)
    {
        foreach (var e in events)
        {
            e.Sequence = ++lastSequence;
            e.PreviousHash = lastHash;
            e.Hash = e.ComputeHash();
            lastHash = e.Hash;
        }
    }

    private static bool Visible(PropertyEntry p) => !Hidden.Contains(p.Metadata.Name);

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
}

/// <summary>A named domain action ("agency.suspended") recorded alongside the data changes of the same save.</summary>
public sealed record PendingAction(string Action, string EntityType, string EntityId, object? Data);
