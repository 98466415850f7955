using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Web.Features.Protection.Payroll;

[Authorize(Policy = Permissions.PayrollView)]
public sealed class ComplianceModel(GetPayrollCompliance handler, GetSectorCompliance sectors, CurrentUser user,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public ComplianceQuery Query { get; set; } = new();
    public ComplianceView? View { get; private set; }
    /// <summary>Officers before choosing an employer: the national picture by sector and month.</summary>
    public SectorComplianceView? Sectors { get; private set; }
    public Corridor.Web.Features.Shared.Reports.ReportTable? SectorTable { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken ct)
    {
        // An officer first chooses the employer (and sees compliance by sector meanwhile); an employer sees its own at once.
        if (user.Can(Permissions.PayrollViewAll) && Query.EmployerId is null && string.IsNullOrWhiteSpace(Query.Employer))
        {
            var national = await sectors.HandleAsync(GetSectorCompliance.DefaultMonths, ct);
            if (!national.IsOk) return Forbid();
            Sectors = national.Value!;
            SectorTable = SectorComplianceCharts.TableFor(Sectors, l);
            return Corridor.Web.Features.Shared.Reports.ReportTable.IsDownloadFormat(format) ? SectorTable.Download(format!) : Page();
        }
        var outcome = await handler.HandleAsync(Query, ct);
        if (outcome.Status == OutcomeStatus.NotFound) return NotFound();
        if (outcome.IsOk) View = outcome.Value;
        else outcome.AddTo(ModelState, prefix: "Query");
        return Page();
    }
}
