using Corridor.Data;
using Corridor.Domain.Recruitment;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Clearance;

/// <summary>Pick a contract the account may see and ask: the normal path (agency, regulator) or the fast lane (also the worker).</summary>
[Authorize(Policy = Permissions.ClearancesView)]
public sealed class RequestModel(RequestClearance handler, CorridorDbContext db, CurrentUser user) : PageModel
{
    [BindProperty] public ClearanceRequestForm Input { get; set; } = new();
    public List<SelectListItem> Contracts { get; private set; } = [];
    public bool CanRequest => user.Can(Permissions.ClearancesRequest);
    public bool CanFastLane => user.Can(Permissions.ClearancesFastLane);

    public async Task<IActionResult> OnGetAsync(Guid? contractId, CancellationToken ct)
    {
        if (!CanRequest && !CanFastLane) return Forbid();
        Input.ContractId = contractId;
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => PostAsync(false, ct);
    public Task<IActionResult> OnPostFastLaneAsync(CancellationToken ct) => PostAsync(true, ct);

    private async Task<IActionResult> PostAsync(bool fastLane, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Input, fastLane, ct);
        if (outcome.IsOk) return RedirectToPage("Details", new { id = outcome.Value!.Id });
        await LoadAsync(ct);
        return outcome.ToPage(this, _ => Page());
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await (from c in db.EmploymentContracts.VisibleTo(user).AsNoTracking()
                          where c.Kind != ContractKind.DestinationCopy && c.Status != ContractStatus.Superseded
                          join w in db.MigrantWorkers on c.WorkerId equals w.Id
                          orderby c.DraftedAt descending
                          select new { c.Id, c.Number, c.VersionNumber, c.DestinationCountry, c.ForeignEmployerName, w.WorkerNumber, Name = w.GivenName + " " + w.FamilyName })
            .Take(200).ToListAsync(ct);
        Contracts = [.. rows.Select(r => new SelectListItem($"{r.Number} v{r.VersionNumber} · {r.WorkerNumber} {r.Name} · {r.DestinationCountry} · {r.ForeignEmployerName}",
            r.Id.ToString(), r.Id == Input.ContractId))];
    }
}
