using System.Text.Json;
using Corridor.Data;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Shared;

/// <summary>One line of a record's history: who did what, when, and which fields changed.</summary>
public sealed record HistoryEntry(long Sequence, DateTime OccurredAt, string Actor, string Action, IReadOnlyList<FieldChange> Changes);

public sealed record FieldChange(string Field, string? From, string? To);

public static class History
{
    /// <summary>The audit events of one record, oldest first, read from the hash-chained trail.</summary>
    public static async Task<IReadOnlyList<HistoryEntry>> ForAsync(CorridorDbContext db, string entityType, Guid id, CancellationToken ct)
    {
        var key = id.ToString();
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == key)
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.Sequence, e.OccurredAt, e.ActorName, e.Action, e.Data })
            .ToListAsync(ct);
        return [.. events.Select(e => new HistoryEntry(e.Sequence, e.OccurredAt, e.ActorName, e.Action, Changes(e.Action, e.Data)))];
    }

    private static List<FieldChange> Changes(string action, string json)
    {
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Object) return [];
        return [.. doc.RootElement.EnumerateObject().Select(p =>
            action == "updated" && p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 2
                ? new FieldChange(p.Name, Text(p.Value[0]), Text(p.Value[1]))
                : new FieldChange(p.Name, null, Text(p.Value)))];
    }

    private static string? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => e.GetString(),
        _ => e.GetRawText(),
    };
}
