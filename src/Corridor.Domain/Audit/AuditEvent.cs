using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Corridor.Domain.Audit;

/// <summary>
/// One state change, in a single hash chain: each event's <see cref="Hash"/> covers its own fields and
/// the previous event's hash, so editing or deleting any stored event breaks every hash after it.
/// <see cref="Sequence"/> is assigned under a lock by the saving transaction, so the chain has no forks.
/// </summary>
public sealed class AuditEvent
{
    public long Sequence { get; set; }
    /// <summary>UTC, truncated to whole microseconds so PostgreSQL stores exactly what was hashed.</summary>
    public DateTime OccurredAt { get; set; }
    public Guid? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    /// <summary>"created", "updated", "deleted", or a named domain action such as "permit.approved".</summary>
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    /// <summary>JSON of what changed: for updates, each property as [old, new].</summary>
    public string Data { get; set; } = "{}";
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public string ComputeHash()
    {
        var canonical = string.Join('\n',
            Sequence.ToString(CultureInfo.InvariantCulture),
            OccurredAt.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            ActorId?.ToString() ?? "",
            ActorName, Action, EntityType, EntityId, Data, PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public static DateTime TruncateToMicroseconds(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);
}
