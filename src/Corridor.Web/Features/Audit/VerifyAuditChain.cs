using Corridor.Data;
using Corridor.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Audit;

/// <summary>How the chain is broken at the first bad event.</summary>
public enum AuditBreak { MissingEvent, BrokenLink, EditedContent }

public sealed record AuditVerification(bool Intact, long EventsChecked, long? FirstBadSequence, string? Problem, AuditBreak? Break = null)
{
    /// <summary>For the console and logs (English).</summary>
    public string Describe() => Intact
        ? $"OK: {EventsChecked} audit events, hash chain intact."
        : $"TAMPERED: event #{FirstBadSequence}: {Problem} ({EventsChecked} events checked before it).";

    /// <summary>For the audit page, in the reader's language.</summary>
    public string Describe(IStringLocalizer l) => Intact
        ? l["OK: {0} audit events, hash chain intact.", EventsChecked]
        : l["TAMPERED: event #{0}: {1} ({2} events checked before it).", FirstBadSequence ?? 0, Break switch
        {
            AuditBreak.MissingEvent => l["the event with this number is missing"],
            AuditBreak.BrokenLink => l["its link to the previous event does not match"],
            _ => l["its content does not match its hash (the row was edited)"],
        }, EventsChecked];
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
                return new(false, checkedCount, expected, $"expected sequence {expected} but found {e.Sequence} (an event is missing)", AuditBreak.MissingEvent);
            if (e.PreviousHash != previousHash)
                return new(false, checkedCount, e.Sequence, "its link to the previous event does not match", AuditBreak.BrokenLink);
            if (e.ComputeHash() != e.Hash)
                return new(false, checkedCount, e.Sequence, "its content does not match its hash (the row was edited)", AuditBreak.EditedContent);
            previousHash = e.Hash;
            expected++;
            checkedCount++;
            if (checkedCount % 10_000 == 0) progress?.Report(checkedCount);
        }
        return new(true, checkedCount, null, null);
    }
}
