using Corridor.Domain.Audit;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Domain.Tests;

public class AuditEventTests
{
    private static AuditEvent Sample() => new()
    {
        Sequence = 42,
        OccurredAt = new DateTime(2026, 3, 1, 12, 34, 56, DateTimeKind.Utc).AddTicks(1_234_560),
        ActorId = Guid.Parse("0190f0a4-1b2c-7d3e-8f40-5a6b7c8d9e0f"),
        ActorName = "admission@demo.corridor",
        Action = "updated",
        EntityType = "MigrantWorker",
        EntityId = "0190f0a4-aaaa-7bbb-8ccc-dddddddddddd",
        Data = """{"GivenName":["Alisher","Алишер"]}""",
        PreviousHash = AuditEvent.GenesisHash,
    };

    [Fact]
    public void The_hash_format_is_pinned()
    {
        // SHA-256 of the newline-joined canonical fields, computed independently (Python hashlib).
        // If this changes, every chain stored so far stops verifying.
        Assert.Equal("ecc658fe74eeac72a71e860a956fad162264ee04bb6f234e861787a4e55e0fde", Sample().ComputeHash());
    }

    [Fact]
    public void ComputeHash_is_deterministic_lower_case_hex()
    {
        var hash = Sample().ComputeHash();
        Assert.Equal(hash, Sample().ComputeHash());
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(64, AuditEvent.GenesisHash.Length);
    }

    public static TheoryData<string, Action<AuditEvent>> Edits => new()
    {
        { "sequence", e => e.Sequence++ },
        { "occurred at (1 µs)", e => e.OccurredAt = e.OccurredAt.AddTicks(10) },
        { "actor id", e => e.ActorId = Guid.Parse("0190f0a4-1b2c-7d3e-8f40-5a6b7c8d9e10") },
        { "actor id removed", e => e.ActorId = null },
        { "actor name", e => e.ActorName = "admin@demo.corridor" },
        { "action", e => e.Action = "deleted" },
        { "entity type", e => e.EntityType = "Employer" },
        { "entity id", e => e.EntityId = "0190f0a4-aaaa-7bbb-8ccc-ddddddddddde" },
        { "data", e => e.Data = """{"GivenName":["Alisher","Алишeр"]}""" }, // one Latin e in the Cyrillic name
        { "previous hash", e => e.PreviousHash = "1" + AuditEvent.GenesisHash[1..] },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Any_change_of_a_field_changes_the_hash(string field, Action<AuditEvent> edit)
    {
        var e = Sample();
        edit(e);
        Assert.True(Sample().ComputeHash() != e.ComputeHash(), $"changing the {field} left the hash unchanged");
    }

    [Fact]
    public void Sub_microsecond_ticks_are_not_hashed_which_is_why_times_are_truncated_first()
    {
        var e = Sample();
        e.OccurredAt = e.OccurredAt.AddTicks(7);
        Assert.Equal(Sample().ComputeHash(), e.ComputeHash());
    }

    [Fact]
    public void TruncateToMicroseconds_drops_the_last_tick_digit_and_marks_UTC()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        clock.Advance(TimeSpan.FromTicks(1_234_567));
        var now = clock.GetUtcNow().UtcDateTime;
        var truncated = AuditEvent.TruncateToMicroseconds(now);
        Assert.Equal(now.Ticks - 7, truncated.Ticks);
        Assert.Equal(DateTimeKind.Utc, truncated.Kind);
        Assert.Equal(truncated, AuditEvent.TruncateToMicroseconds(truncated));
        Assert.Equal(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc).AddTicks(1_234_560), truncated);
    }
}
