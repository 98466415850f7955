using Corridor.Data;
using Corridor.Domain.Remittances;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Remittances;

/// <summary>
/// Imports a CSV in the World Bank RPW column layout. The whole file is checked first (values, and prices the catalogue
/// already holds for the same provider, corridor and quarter); one error anywhere and nothing is stored. A good file is
/// stored in one transaction with one audited action.
/// </summary>
public sealed class ImportRemittancePrices(CorridorDbContext db, CurrentUser user, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<ImportResult>> HandleAsync(Stream? file, string? fileName, CancellationToken ct)
    {
        if (!user.Can(Permissions.RemittancesManage)) return Failure.Forbidden;
        if (file is null) return Failure.Invalid("", l["Choose a CSV file."]);
        return await ImportAsync(file, fileName, user.Name, ct);
    }

    /// <summary>The import itself, for the permission-checked handler above and the command line (an operator on the server).</summary>
    public async Task<ImportResult> ImportAsync(Stream file, string? fileName, string enteredBy, CancellationToken ct)
    {
        var read = RpwCsv.Read(file);
        var errors = read.Errors.ToList();
        var count = read.ErrorCount;
        if (read.Rows.Count > 0)
        {
            var periods = read.Rows.Select(r => r.Price.Period.Trim().ToUpperInvariant()).Distinct().ToList();
            var existing = (await db.RemittanceServices.AsNoTracking().Where(s => periods.Contains(s.Period))
                    .Select(s => new { s.Period, s.SendingCountry, s.ReceivingCountry, s.Provider }).ToListAsync(ct))
                .Select(s => (s.Period, s.SendingCountry, s.ReceivingCountry, s.Provider.ToUpperInvariant())).ToHashSet();
            foreach (var (line, p) in read.Rows)
                if (existing.Contains((p.Period.Trim().ToUpperInvariant(), p.SendingCountry.Trim().ToUpperInvariant(), p.ReceivingCountry.Trim().ToUpperInvariant(),
                        p.Provider.Trim().ToUpperInvariant())))
                {
                    count++;
                    if (errors.Count < RpwCsv.MaxErrorsListed)
                        errors.Add(new ImportError(line, 0, "firm", "The catalogue already has a price of this provider in this corridor for the quarter."));
                }
        }
        if (count > 0)
            return new ImportResult(false, read.Rows.Count, count, [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
        var source = "RPW import" + (string.IsNullOrWhiteSpace(fileName) ? "" : ": " + Path.GetFileName(fileName));
        var services = read.Rows.Select(r => new RemittanceService(r.Price, source, enteredBy)).ToList();
        db.RemittanceServices.AddRange(services);
        db.RecordAction("remittance-prices.imported", nameof(RemittanceService), services[0].Id,
            new { file = Path.GetFileName(fileName ?? ""), lines = services.Count, periods = services.Select(s => s.Period).Distinct().ToArray() });
        await db.SaveChangesAsync(ct);
        return new ImportResult(true, services.Count, 0, []);
    }
}

[Authorize(Policy = Permissions.RemittancesManage)]
public sealed class ImportModel(ImportRemittancePrices handler) : PageModel
{
    public ImportResult? Result { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken ct)
    {
        await using var stream = upload is { Length: > 0 } ? upload.OpenReadStream() : null;
        var outcome = await handler.HandleAsync(stream, upload?.FileName, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (!outcome.IsOk)
        {
            outcome.AddTo(ModelState, prefix: "");
            return Page();
        }
        Result = outcome.Value;
        return Page();
    }
}
