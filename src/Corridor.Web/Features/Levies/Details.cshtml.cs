using Corridor.Data;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Levies;

/// <summary>A statement with its lines, its payments and the policy set it was computed with.</summary>
public sealed class GetLevyStatement(CorridorDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Outcome<LevyStatementDetails>> HandleAsync(Guid id, CancellationToken ct)
    {
        var s = await db.LevyStatements.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Failure.NotFound;
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == s.EmployerId)
            .Select(e => new { e.Name, e.RegistrationNumber, e.IsicSection }).SingleAsync(ct);
        var policy = await db.PolicySets.AsNoTracking().Where(p => p.Number == s.PolicySetNumber)
            .Select(p => new { p.Title, p.RulesJson }).SingleAsync(ct);
        var payments = await db.LevyPayments.AsNoTracking().Where(p => p.StatementId == id)
            .OrderBy(p => p.PaidOn).ThenBy(p => p.Id)
            .Select(p => new LevyPaymentView(p.Id, p.Amount, p.PaidOn, p.Reference, p.RecordedByName, p.CreatedAt)).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var grace = await LevyAccount.GraceDaysAsync(db, today, ct);
        return new LevyStatementDetails(s.Id, s.EmployerId, employer.Name, employer.RegistrationNumber, employer.IsicSection, s.Period,
            s.RuleId, s.Tier, s.NationalEmployees, s.ForeignWorkers, s.ForeignSharePercent, s.Lines, s.Total, s.AmountPaid, s.DueOn,
            s.Status, s.PolicySetNumber, policy.Title, Corridor.Domain.Policy.PolicyRules.FromJson(policy.RulesJson).Citation(s.RuleId),
            grace, s.InArrearsOn(today, grace), s.IssuedAt, payments, s.Version);
    }
}

[Authorize(Policy = Permissions.LeviesView)]
public sealed class DetailsModel(GetLevyStatement handler, CurrentUser user) : PageModel
{
    public LevyStatementDetails Statement { get; private set; } = null!;
    public bool CanRecordPayment => user.Can(Permissions.LeviesManage) && Statement.Balance > 0;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(id, ct);
        if (!outcome.IsOk) return NotFound();
        Statement = outcome.Value!;
        return Page();
    }
}
