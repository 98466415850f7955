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
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Errors = Corridor.Web.Features.Quotas.Errors;

namespace Corridor.Web.Features.Recruitment.Fees;

/// <summary>Field checks both ways of putting an amount on record share; the domain checks the rest.</summary>
internal static class CostInput
{
    public static void Check(Errors errors, IStringLocalizer l, string? category, decimal? amount, string? currency, DateOnly? paidOn, string? receipt, DateOnly today)
    {
        if (CostCategories.Find(category) is null) errors.Add("Category", l["Choose a cost category from the list."]);
        if (amount is not { } a) errors.Add("Amount", l["Give the amount paid."]);
        else if (a <= 0) errors.Add("Amount", l["The amount must be more than zero."]);
        else if (a > 1_000_000_000) errors.Add("Amount", l["At most {0}.", 1_000_000_000]);
        else if (decimal.Round(a, 2) != a) errors.Add("Amount", l["Give the amount to at most two decimal places."]);
        if (string.IsNullOrWhiteSpace(currency)) errors.Add("Currency", l["Give the currency."]);
        else if (!Currencies.IsKnown(currency)) errors.Add("Currency", l["Give an ISO 4217 currency code, e.g. KZT, USD."]);
        if (paidOn is not { } d) errors.Add("PaidOn", l["Give the day of payment."]);
        else if (d > today) errors.Add("PaidOn", l["A payment cannot be dated in the future."]);
        else if (d < today.AddYears(-10)) errors.Add("PaidOn", l["At most ten years ago."]);
        if (receipt is { Length: > 64 }) errors.Add("ReceiptNumber", l["At most {0} characters.", 64]);
    }

    /// <summary>Domain field names are the entity's; the forms call the category "Category".</summary>
    public static string FormField(string? field) => field == nameof(RecruitmentCost.CategoryCode) ? "Category" : field ?? "";
}

/// <summary>
/// An agency records an amount it took from one of its workers, with the receipt it issued (the regulator may
/// record one for any agency, e.g. from an inspection). The cap check runs on save and may open a case.
/// </summary>
public sealed class RecordRecruitmentCost(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<CostResult>> HandleAsync(CostForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.RecruitmentCostsRecord)) return Failure.Forbidden;
        var byRegulator = user.Can(Permissions.RecruitmentCostsViewAll);
        if (!byRegulator && user.AgencyId is null) return Failure.Forbidden;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var errors = new Errors();
        MigrantWorker? worker = null;
        if (string.IsNullOrWhiteSpace(form.WorkerNumber)) errors.Add(nameof(form.WorkerNumber), l["Enter the worker number."]);
        else
        {
            var number = form.WorkerNumber.Trim().ToUpperInvariant();
            worker = await db.MigrantWorkers.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(w => w.WorkerNumber == number, ct);
            if (worker is null) errors.Add(nameof(form.WorkerNumber), l["None of your workers has this number."]);
        }
        var agencyId = byRegulator ? form.AgencyId : user.AgencyId;
        if (agencyId is null || !await db.RecruitmentAgencies.AnyAsync(a => a.Id == agencyId, ct))
            errors.Add(nameof(form.AgencyId), l["Choose a recruitment agency."]);
        var destination = string.IsNullOrWhiteSpace(form.DestinationCountry) ? worker?.DestinationCountry : form.DestinationCountry.Trim().ToUpperInvariant();
        if (worker is not null && !Corridor.Domain.Reference.ReferenceData.IsCountry(destination))
            errors.Add(nameof(form.DestinationCountry), l["Choose a country from the list."]);
        var occupation = string.IsNullOrWhiteSpace(form.OccupationCode) ? worker?.OccupationCode : form.OccupationCode.Trim();
        if (worker is not null && !FeeCaps.IsOccupationCode(occupation)) errors.Add(nameof(form.OccupationCode), l["Choose an occupation from the list."]);
        CostInput.Check(errors, l, form.Category, form.Amount, form.Currency, form.PaidOn, form.ReceiptNumber, today);
        if (string.IsNullOrWhiteSpace(form.ReceiptNumber)) errors.Add(nameof(form.ReceiptNumber), l["Give the number of the receipt issued to the worker."]);
        if (form.BasicMonthlyWage is { } wage)
        {
            if (wage <= 0) errors.Add(nameof(form.BasicMonthlyWage), l["The wage must be more than zero."]);
            if (!Currencies.IsKnown(form.WageCurrency)) errors.Add(nameof(form.WageCurrency), l["Give an ISO 4217 currency code, e.g. KZT, USD."]);
        }
        if (errors.Any) return errors.ToFailure();
        try
        {
            var cost = new RecruitmentCost(worker!.Id, agencyId!.Value, form.JobOrderId, destination!, occupation!, form.Category!, form.Amount!.Value,
                form.Currency!, form.PaidOn!.Value, form.ReceiptNumber, CostSource.Agency, user.Name, today, form.BasicMonthlyWage, form.WageCurrency);
            return await SaveAsync(db, cost, now, ct);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(CostInput.FormField(e.Field), l[e.Message]);
        }
    }

    /// <summary>PostgreSQL advisory-lock key of the fee check ("FEES").</summary>
    private const long FeeCheckLock = 0x46454553;

    /// <summary>
    /// Reads the worker × agency account and writes the amount (and any case) in one transaction that holds the
    /// write lock from the start — SQLite's BEGIN IMMEDIATE, an advisory lock on PostgreSQL — so two amounts saved
    /// at once cannot both open a case.
    /// </summary>
    internal static async Task<CostResult> SaveAsync(CorridorDbContext db, RecruitmentCost cost, DateTime now, CancellationToken ct)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({FeeCheckLock})", ct);
        db.RecruitmentCosts.Add(cost);
        var (found, opened) = await FeeAccount.CheckAsync(db, cost, now, ct);
        db.RecordAction(cost.Source == CostSource.Agency ? "recruitment-cost.recorded" : "recruitment-cost.declared", nameof(RecruitmentCost), cost.Id,
            new { cost.CategoryCode, cost.Amount, cost.Currency, Finding = cost.Finding.ToString(), cost.CapRuleId, cost.CapMonths });
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return new CostResult(cost.Id, cost.Finding, cost.CapRuleId, cost.CapMonths, cost.CapSource, cost.CapAmount, cost.CheckedTotal,
            found?.Id, found?.Number, opened);
    }
}

[Authorize(Policy = Permissions.RecruitmentCostsRecord)]
public sealed class RecordCostModel(RecordRecruitmentCost handler, CorridorDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty] public CostForm Input { get; set; } = new();
    public CostResult? Result { get; private set; }
    public bool ChoosesAgency => user.Can(Permissions.RecruitmentCostsViewAll);
    public IEnumerable<SelectListItem> Agencies { get; private set; } = [];
    public IEnumerable<SelectListItem> Categories => FeeChoices.Categories(FeeChoices.Culture);
    public IEnumerable<SelectListItem> Countries => Choices.Countries();

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
            Input = new CostForm { PaidOn = Input.PaidOn, Currency = Input.Currency, WorkerNumber = Input.WorkerNumber };
        }
        else outcome.AddTo(ModelState);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (ChoosesAgency)
            Agencies = (await db.RecruitmentAgencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name, a.LicenceNumber }).ToListAsync(ct))
                .Select(a => new SelectListItem($"{a.Name} ({a.LicenceNumber})", a.Id.ToString()));
    }
}
