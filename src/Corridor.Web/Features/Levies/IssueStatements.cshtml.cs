using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Reference;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Policy;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Levies;

/// <summary>
/// The monthly levy run: one statement per employer with inbound foreign workers, computed with the
/// policy set in force on the first day of the month. Employers that already have a statement for the
/// month are skipped (and a unique index backs that up), so the run may be repeated safely.
/// </summary>
public sealed class IssueLevyStatements(CorridorDbContext db, CurrentUser user, PolicyBook book, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<LevyIssueResult>> HandleAsync(IssueLevyForm form, CancellationToken ct)
    {
        if (!user.Can(Permissions.LeviesManage)) return Failure.Forbidden;
        if (string.IsNullOrWhiteSpace(form.Month)) return Failure.Invalid(nameof(form.Month), l["Give the month to levy."]);
        if (LevyMonth.Parse(form.Month) is not { } period) return Failure.Invalid(nameof(form.Month), l["Give the month as YYYY-MM, e.g. 2026-11."]);
        return await IssueAsync(period, ct);
    }

    /// <summary>The run itself, for the page, the API and the `corridor levies issue` command.</summary>
    public async Task<Outcome<LevyIssueResult>> IssueAsync(DateOnly period, CancellationToken ct)
    {
        var month = LevyMonth.Format(period);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (period > new DateOnly(today.Year, today.Month, 1))
            return Failure.Invalid(nameof(IssueLevyForm.Month), l["A month can be levied once it has begun."]);
        var policy = await book.InForceAsync(period, ct);
        if (policy is null) return Failure.Invalid(nameof(IssueLevyForm.Month), l["No policy set was in force on the first day of {0}.", month]);
        var rules = policy.Rules;

        // Permits come later: a firm's foreign workers are the inbound migrant workers it employs now.
        var workers = await db.MigrantWorkers.AsNoTracking()
            .Where(w => w.Direction == MigrationDirection.Inbound && w.CurrentEmployerId != null)
            .Select(w => new { EmployerId = w.CurrentEmployerId!.Value, w.OccupationCode }).ToListAsync(ct);
        var already = (await db.LevyStatements.AsNoTracking().Where(s => s.Period == period).Select(s => s.EmployerId).ToListAsync(ct)).ToHashSet();
        var ids = workers.Select(w => w.EmployerId).Distinct().Where(id => !already.Contains(id)).ToList();
        var employers = await db.Employers.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.IsicSection, e.NationalEmployees }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var issued = new List<LevyStatement>();
        var notLevied = 0;
        foreach (var e in employers.OrderBy(e => e.Id))
        {
            var skills = workers.Where(w => w.EmployerId == e.Id).Select(w => ReferenceData.SkillLevel(w.OccupationCode)).ToList();
            if (LevyCalculator.Assess(rules, FirmCeiling.KindOf(e.IsicSection), e.NationalEmployees, skills) is not { } assessment)
            {
                notLevied++;
                continue;
            }
            issued.Add(new LevyStatement(e.Id, period, assessment, policy.Number, now));
        }
        db.LevyStatements.AddRange(issued);
        var total = issued.Sum(s => s.Total);
        db.RecordAction("levy.statements-issued", nameof(LevyStatement), month,
            new { month, policySet = policy.Number, issued = issued.Count, alreadyIssued = already.Count, notLevied, total });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Failure.Conflict(l["Another run issued statements for {0} at the same moment. Run it again: it issues only the missing ones.", month]);
        }
        return new LevyIssueResult(month, policy.Number, issued.Count, already.Count, notLevied, total);
    }
}

[Authorize(Policy = Permissions.LeviesManage)]
public sealed class IssueStatementsModel(IssueLevyStatements handler, TimeProvider clock) : PageModel
{
    [BindProperty] public IssueLevyForm Input { get; set; } = new();
    public LevyIssueResult? Result { get; private set; }

    public void OnGet()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Input.Month ??= LevyMonth.Format(new DateOnly(today.Year, today.Month, 1).AddMonths(-1));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Input, ct);
        if (outcome.Status == OutcomeStatus.Forbidden) return Forbid();
        if (outcome.IsOk) Result = outcome.Value;
        else outcome.AddTo(ModelState);
        return Page();
    }
}
