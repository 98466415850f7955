using System.ComponentModel.DataAnnotations;
using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Recruitment.Licensing;

public sealed class EscrowEntryForm
{
    [Display(Name = "Kind of entry")] public EscrowEntryKind? Kind { get; set; }
    [Display(Name = "Amount")] public decimal? Amount { get; set; }
    /// <summary>Bank reference of a deposit; for a claim, the violation case number (V-…) or the decision reference.</summary>
    [Display(Name = "Reference")] public string? Reference { get; set; }
    /// <summary>For a claim: the worker number of the worker paid.</summary>
    [Display(Name = "Worker number")] public string? WorkerNumber { get; set; }
    [Display(Name = "Note")] public string? Note { get; set; }
}

public sealed record EscrowEntryView(Guid Id, EscrowEntryKind Kind, decimal Amount, DateOnly RecordedOn, string? Reference,
    string? WorkerNumber, string? Note, string RecordedBy);

public sealed record EscrowLedgerView(Guid AgencyId, decimal Balance, decimal Required, decimal TopUpDue, IReadOnlyList<EscrowEntryView> Entries);

public sealed record EscrowEntryResult(Guid EntryId, decimal Balance, DeploymentStanding Standing);

/// <summary>
/// Records a movement of an agency's escrow: a deposit, a top-up, or a claim paid to a worker after a decided
/// complaint (naming the worker and the case or decision). A claim never takes the balance below zero.
/// </summary>
public sealed class RecordEscrowEntry(CorridorDbContext db, CurrentUser user, AgencyStanding standing, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EscrowEntryResult>> HandleAsync(Guid agencyId, EscrowEntryForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.LicensingManage)) return Failure.Forbidden;
        var agency = await db.RecruitmentAgencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, ct);
        if (agency is null) return Failure.NotFound;
        if (form.Kind is not { } kind || !Enum.IsDefined(kind)) return Failure.Invalid(nameof(form.Kind), l["Choose the kind of entry."]);
        if (form.Amount is not { } amount || amount <= 0 || amount > 10_000_000_000_000m)
            return Failure.Invalid(nameof(form.Amount), l["Enter an amount more than zero."]);

        Guid? workerId = null;
        Guid? caseId = null;
        if (kind == EscrowEntryKind.ClaimPaid)
        {
            var number = form.WorkerNumber?.Trim().ToUpperInvariant();
            if (string.IsNullOrEmpty(number)) return Failure.Invalid(nameof(form.WorkerNumber), l["A claim is paid to a worker: give the worker."]);
            workerId = await db.MigrantWorkers.Where(w => w.WorkerNumber == number).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct);
            if (workerId is null) return Failure.Invalid(nameof(form.WorkerNumber), l["No worker has this number."]);
            var reference = form.Reference?.Trim().ToUpperInvariant();
            if (reference is not null && PublicNumber.IsValid(reference, 'V'))
            {
                var found = await db.ViolationCases.Where(c => c.Number == reference).Select(c => new { c.Id, c.AgencyId }).FirstOrDefaultAsync(ct);
                if (found is null || found.AgencyId != agencyId)
                    return Failure.Invalid(nameof(form.Reference), l["No violation case against this agency has this number."]);
                caseId = found.Id;
            }
            var balance = await AgencyStanding.BalanceAsync(db, agencyId, ct);
            if (amount > balance) return Failure.Invalid(nameof(form.Amount), l["The claim is more than the escrow holds."]);
        }

        var today = clock.Today();
        EscrowEntry entry;
        try
        {
            entry = new EscrowEntry(agencyId, kind, amount, today, form.Reference, workerId, caseId, form.Note, user.Name);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
        db.EscrowEntries.Add(entry);
        db.RecordAction("agency-escrow.recorded", nameof(RecruitmentAgency), agencyId,
            new { entryId = entry.Id, kind = kind.ToString(), amount, entry.Reference, workerId, violationCaseId = caseId });
        await db.SaveChangesAsync(ct);
        var now = (await standing.ForAsync(agencyId, today, ct))!;
        return new EscrowEntryResult(entry.Id, now.EscrowBalance, now);
    }
}

/// <summary>An agency's escrow ledger with the balance and what the policy in force requires.</summary>
public sealed class GetEscrowLedger(CorridorDbContext db, CurrentUser user, AgencyStanding standing, TimeProvider clock)
{
    public async Task<Outcome<EscrowLedgerView>> HandleAsync(Guid agencyId, CancellationToken ct)
    {
        if (!await db.RecruitmentAgencies.LicensingVisibleTo(user).AnyAsync(a => a.Id == agencyId, ct)) return Failure.NotFound;
        var entries = await (
            from e in db.EscrowEntries.AsNoTracking()
            where e.AgencyId == agencyId
            join w in db.MigrantWorkers.AsNoTracking() on e.WorkerId equals w.Id into ws
            from w in ws.DefaultIfEmpty()
            orderby e.RecordedOn descending, e.CreatedAt descending
            select new EscrowEntryView(e.Id, e.Kind, e.Amount, e.RecordedOn, e.Reference, w == null ? null : w.WorkerNumber, e.Note, e.RecordedBy))
            .ToListAsync(ct);
        var s = (await standing.ForAsync(agencyId, clock.Today(), ct))!;
        return new EscrowLedgerView(agencyId, s.EscrowBalance, s.EscrowRequired, s.TopUpDue, entries);
    }
}

[Authorize(Policy = Permissions.LicensingManage)]
public sealed class EscrowModel(RecordEscrowEntry handler, CorridorDbContext db) : PageModel
{
    [BindProperty] public EscrowEntryForm Input { get; set; } = new();
    public RecruitmentAgency Agency { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return (await handler.HandleAsync(id, Input, ct)).ToPage(this, _ => Redirect($"/recruitment/licences/{id}#escrow"));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Agency = (await db.RecruitmentAgencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct))!;
        return Agency is not null;
    }
}
