using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Errors = Corridor.Web.Features.Quotas.Errors;

namespace Corridor.Web.Features.Recruitment.Fees;

/// <summary>
/// A worker declares what they actually paid in recruitment, with or without a receipt. The declaration stands
/// beside the agency's receipts (never replacing them) and goes through the same cap check, so a fee the
/// receipts hide still opens a case against the agency.
/// </summary>
public sealed class DeclareRecruitmentCost(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<CostResult>> HandleAsync(DeclarationForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.RecruitmentCostsDeclare) || user.WorkerId is not { } workerId) return Failure.Forbidden;
        var worker = await db.MigrantWorkers.AsNoTracking().FirstOrDefaultAsync(w => w.Id == workerId, ct);
        if (worker is null) return Failure.Forbidden;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var errors = new Errors();
        var agencyId = form.AgencyId ?? worker.AgencyId;
        if (agencyId is null || !await db.RecruitmentAgencies.AnyAsync(a => a.Id == agencyId, ct))
            errors.Add(nameof(form.AgencyId), l["Choose the agency you paid."]);
        CostInput.Check(errors, l, form.Category, form.Amount, form.Currency, form.PaidOn, form.ReceiptNumber, today);
        var destination = string.IsNullOrWhiteSpace(form.DestinationCountry) ? worker.DestinationCountry : form.DestinationCountry.Trim().ToUpperInvariant();
        if (!Corridor.Domain.Reference.ReferenceData.IsCountry(destination)) errors.Add(nameof(form.DestinationCountry), l["Choose the country where you went to work."]);
        if (errors.Any) return errors.ToFailure();
        try
        {
            var cost = new RecruitmentCost(worker.Id, agencyId!.Value, null, destination!, worker.OccupationCode, form.Category!, form.Amount!.Value,
                form.Currency!, form.PaidOn!.Value, form.ReceiptNumber, CostSource.WorkerDeclaration, user.Name, today);
            return await RecordRecruitmentCost.SaveAsync(db, cost, now, ct);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(CostInput.FormField(e.Field), l[e.Message]);
        }
    }
}

[Authorize(Policy = Permissions.RecruitmentCostsDeclare)]
public sealed class DeclareModel(DeclareRecruitmentCost handler, RecordFirstMonthEarnings earnings, CorridorDbContext db, CurrentUser user,
    TimeProvider clock) : PageModel
{
    [BindProperty] public DeclarationForm Input { get; set; } = new();
    [BindProperty] public EarningsForm Earnings { get; set; } = new();
    public CostResult? Result { get; private set; }
    public EarningsView? EarningsRecorded { get; private set; }
    public IEnumerable<SelectListItem> Agencies { get; private set; } = [];
    public IEnumerable<SelectListItem> Categories => FeeChoices.Categories(FeeChoices.Culture);
    public IEnumerable<SelectListItem> Countries => Corridor.Web.Features.Shared.Choices.Countries();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.PaidOn ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Input, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk)
        {
            Result = outcome.Value;
            ModelState.Clear();
            Input = new DeclarationForm { AgencyId = Input.AgencyId, DestinationCountry = Input.DestinationCountry, Currency = Input.Currency, PaidOn = Input.PaidOn };
        }
        else outcome.AddTo(ModelState);
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>What the worker earned in the first month abroad (SDG 10.7.1), on the same page.</summary>
    public async Task<IActionResult> OnPostEarningsAsync(CancellationToken ct)
    {
        ModelState.Clear(); // the declaration form was not sent
        Earnings.WorkerNumber = null;
        var outcome = await earnings.HandleAsync(Earnings, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk)
        {
            EarningsRecorded = outcome.Value;
            Earnings = new EarningsForm();
        }
        else outcome.AddTo(ModelState, prefix: "Earnings");
        Input.PaidOn ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var own = await db.MigrantWorkers.AsNoTracking().Where(w => w.Id == user.WorkerId).Select(w => new { w.AgencyId, w.DestinationCountry }).FirstOrDefaultAsync(ct);
        Input.AgencyId ??= own?.AgencyId;
        Input.DestinationCountry ??= own?.DestinationCountry;
        // The register of agencies is public: the worker may name any of them, also one not on their record.
        Agencies = (await db.RecruitmentAgencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name, a.LicenceNumber }).ToListAsync(ct))
            .Select(a => new SelectListItem($"{a.Name} ({a.LicenceNumber})", a.Id.ToString()));
    }
}
