using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Quotas;

public sealed record QuotaRoundSummary(Guid Id, int Number, int Released, int Allocated, bool FromReserve, DateOnly OpensOn,
    DateOnly ClosesOn, QuotaRoundStatus Status, int Requests, int WorkersRequested);

public sealed record QuotaSummary(Guid Id, int Year, string IsicSection, int Total, int Reserve, int Allocated, int Remaining,
    int PolicySetNumber, int Version, IReadOnlyList<QuotaRoundSummary> Rounds);

public sealed record RankedRequest(int? Rank, Guid Id, Guid EmployerId, string EmployerName, int Requested, int Granted,
    string? OriginCountry, QuotaRequestStatus Status, int Points, IReadOnlyList<PointItem> Breakdown, DateTime RequestedAt,
    Guid? DecisionId, string? Note);

public sealed record RoundDetails(Guid Id, Guid QuotaId, int Year, string IsicSection, int Number, int Released, int Allocated,
    bool FromReserve, DateOnly OpensOn, DateOnly ClosesOn, QuotaRoundStatus Status, int QuotaRemaining, int WorkersRequested,
    IReadOnlyList<RankedRequest> Ranking);

public sealed class CreateQuotaForm
{
    [Display(Name = "Year")] public int? Year { get; set; }
    [Display(Name = "Sector (ISIC section)")] public string? IsicSection { get; set; }
    [Display(Name = "Annual quota (workers)")] public int? Total { get; set; }
    /// <summary>Empty: the policy set's QUOTA-RESERVE share.</summary>
    [Display(Name = "Flexible reserve (workers)")] public int? Reserve { get; set; }
}

public sealed class OpenRoundForm
{
    [Display(Name = "Quota")] public Guid? QuotaId { get; set; }
    [Display(Name = "Slots released")] public int? Released { get; set; }
    [Display(Name = "Opens on")] public DateOnly? OpensOn { get; set; }
    [Display(Name = "Closes on")] public DateOnly? ClosesOn { get; set; }
    [Display(Name = "Draw on the flexible reserve")] public bool FromReserve { get; set; }
}

public sealed class QuotaRequestForm
{
    [Display(Name = "Workers requested")] public int? Requested { get; set; }
    [Display(Name = "Origin country (optional)")] public string? OriginCountry { get; set; }
    [Display(Name = "We provide decent housing")] public bool Housing { get; set; }
    [Display(Name = "We provide training")] public bool Training { get; set; }
    [Display(Name = "Our safety management is certified")] public bool Safety { get; set; }
}

public sealed class ApproveSlotForm
{
    [Display(Name = "Employer")] public Guid? EmployerId { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
}

/// <summary>Field errors collected before anything is stored.</summary>
internal sealed class Errors
{
    private readonly Dictionary<string, List<string>> _errors = [];
    public void Add(string field, string message) => (_errors.TryGetValue(field, out var l) ? l : _errors[field] = []).Add(message);
    public bool Any => _errors.Count > 0;
    public Failure ToFailure() => new(OutcomeStatus.Invalid, _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
}

/// <summary>
/// The one way quota slots are taken: a conditional UPDATE (allocated + n ≤ total) that the database
/// applies atomically, so two officers taking the last slot at once cannot both get it. Never
/// read-then-write. The caller holds the transaction and records the audit action.
/// </summary>
internal static class QuotaCounter
{
    public static Task<int> TryTakeAsync(CorridorDbContext db, Guid quotaId, int slots, DateTime now, CancellationToken ct) =>
        db.NationalQuotas
            .Where(q => q.Id == quotaId && q.Allocated + slots <= q.Total)
            .ExecuteUpdateAsync(s => s
                .SetProperty(q => q.Allocated, q => q.Allocated + slots)
                .SetProperty(q => q.Version, q => q.Version + 1)
                .SetProperty(q => q.UpdatedAt, now), ct);
}
