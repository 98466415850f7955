using Corridor.Data;
using Corridor.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Audit;

public sealed record AuditVerification(bool Intact, long EventsChecked, long? FirstBadSequence, string? Problem)
{
    public string Describe() => Intact
        ? $"OK: {EventsChecked} audit events, hash chain intact."
        : $"TAMPERED: event #{FirstBadSequence}: {Problem} ({EventsChecked} events checked before it).";
}

/// <summary>
/// Walks the audit trail in order and recomputes every hash. The first event whose stored hash, link
/// to its predecessor or sequence number does not match is reported: editing, deleting or inserting
/// any row shows up there.
/// </summary>
public sealed class VerifyAuditChain(CorridorDbContext db)
{
    public async Task<AuditVerification> HandleAsync(IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var previousHash = AuditEvent.GenesisHash;
        long expected = 1, checkedCount = 0;
        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (e.Sequence != expected)
                return new(false, checkedCount, expected, $"expected sequence {expected} but found {e.Sequence} (an event is missing)");
            if (e.PreviousHash != previousHash)
                return new(false, checkedCount, e.Sequence, "its link to the previous event does not match");
            if (e.ComputeHash() != e.Hash)
                return new(false, checkedCount, e.Sequence, "its content does not match its hash (the row was edited)");
            previousHash = e.Hash;
            expected++;
            checkedCount++;
            if (checkedCount % 10_000 == 0) progress?.Report(checkedCount);
        }
        return new(true, checkedCount, null, null);
    }
}
