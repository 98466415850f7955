using System.Globalization;
using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Domain.Recruitment;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Clearance;

/// <summary>The agency, fund officer or regulator records the welfare-fund payment, the insurance and the medical result.</summary>
[Authorize(Policy = Permissions.ClearanceRecordsRecord)]
public sealed class RecordsModel(RecordClearanceEvidence handler, CorridorDbContext db, CurrentUser user, PolicyBook book) : PageModel
{
    [BindProperty] public WelfareFundForm Welfare { get; set; } = new();
    [BindProperty] public InsuranceForm Insurance { get; set; } = new();
    [BindProperty] public MedicalForm Medical { get; set; } = new();
    public List<SelectListItem> Contracts { get; private set; } = [];
    public string Contribution { get; private set; } = "";
    /// <summary>Which record was just saved (from the redirect's query), so the page can say so.</summary>
    [BindProperty(SupportsGet = true, Name = "saved")] public string? SavedKind { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Welfare.PaidOn = book.Today;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostWelfareAsync(CancellationToken ct) =>
        await DoneAsync(await handler.WelfareAsync(Welfare, ct), "Welfare", ct);

    public async Task<IActionResult> OnPostInsuranceAsync(CancellationToken ct) =>
        await DoneAsync(await handler.InsuranceAsync(Insurance, ct), "Insurance", ct);

    public async Task<IActionResult> OnPostMedicalAsync(CancellationToken ct) =>
        await DoneAsync(await handler.MedicalAsync(Medical, ct), "Medical", ct);

    private async Task<IActionResult> DoneAsync(Outcome<RecordedResult> outcome, string prefix, CancellationToken ct)
    {
        if (outcome.IsOk) return RedirectToPage(new { saved = prefix });
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        outcome.AddTo(ModelState, prefix);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rules = (await book.InForceAsync(book.Today, ct))?.Rules ?? PolicyRules.Defaults();
        Contribution = rules.Get("WELFARE-CONTRIBUTION", "amountUsd").ToString("0.##", CultureInfo.InvariantCulture);
        // An agency records for its own contracts; the fund officer and the regulator for the workers they may see.
        var contracts = db.EmploymentContracts.AsNoTracking().Where(c => c.Kind != ContractKind.DestinationCopy && c.Status != ContractStatus.Superseded);
        contracts = user.AgencyId is { } agency ? contracts.Where(c => c.AgencyId == agency)
            : contracts.Where(c => db.MigrantWorkers.VisibleTo(user).Any(w => w.Id == c.WorkerId));
        var rows = await (from c in contracts
                          join w in db.MigrantWorkers on c.WorkerId equals w.Id
                          orderby c.DraftedAt descending
                          select new { c.Id, c.Number, c.VersionNumber, c.DestinationCountry, w.WorkerNumber, Name = w.GivenName + " " + w.FamilyName })
            .Take(200).ToListAsync(ct);
        Contracts = [.. rows.Select(r => new SelectListItem($"{r.Number} v{r.VersionNumber} · {r.WorkerNumber} {r.Name} · {r.DestinationCountry}", r.Id.ToString()))];
    }
}
