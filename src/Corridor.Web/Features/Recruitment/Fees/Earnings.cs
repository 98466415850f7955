using Corridor.Data;
using Corridor.Domain.Common;
using Corridor.Domain.Recruitment;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Errors = Corridor.Web.Features.Quotas.Errors;

namespace Corridor.Web.Features.Recruitment.Fees;

/// <summary>
/// First-month earnings, the denominator of SDG 10.7.1 (methods §1): recorded by the agency for its own workers
/// or the regulator for any, or declared by the worker.
/// </summary>
public sealed class RecordFirstMonthEarnings(CorridorDbContext db, CurrentUser user, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EarningsView>> HandleAsync(EarningsForm form, CancellationToken ct)
    {
        var declares = user.Can(Permissions.RecruitmentCostsDeclare) && user.WorkerId is not null;
        if (!declares && !user.Can(Permissions.RecruitmentCostsRecord)) return Failure.Forbidden;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new Errors();
        Guid? workerId = declares ? user.WorkerId : null;
        if (!declares)
        {
            var number = form.WorkerNumber?.Trim().ToUpperInvariant();
            workerId = string.IsNullOrEmpty(number) ? null
                : await db.MigrantWorkers.AsNoTracking().VisibleTo(user).Where(w => w.WorkerNumber == number).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct);
            if (workerId is null) errors.Add(nameof(form.WorkerNumber), l["None of your workers has this number."]);
        }
        var month = Levies.LevyMonth.Parse(form.Month);
        if (month is null) errors.Add(nameof(form.Month), l["Give the month as YYYY-MM, e.g. 2026-11."]);
        if (form.Amount is not > 0) errors.Add(nameof(form.Amount), l["The amount must be more than zero."]);
        if (!Currencies.IsKnown(form.Currency)) errors.Add(nameof(form.Currency), l["Give an ISO 4217 currency code, e.g. KZT, USD."]);
        if (errors.Any) return errors.ToFailure();
        try
        {
            // The regulator enters earnings from the employer's payroll record, hence "Employer".
            var source = declares ? EarningsSource.WorkerDeclaration : user.AgencyId is not null ? EarningsSource.Agency : EarningsSource.Employer;
            var e = new FirstMonthEarnings(workerId!.Value, month!.Value, form.Amount!.Value, form.Currency!, source, user.Name, today);
            db.FirstMonthEarnings.Add(e);
            await db.SaveChangesAsync(ct);
            return new EarningsView(e.Id, e.WorkerId, e.Month, e.Amount, e.Currency, e.Source, e.EnteredBy);
        }
        catch (DomainException e)
        {
            return Failure.Invalid(e.Field ?? "", l[e.Message]);
        }
    }
}

/// <summary>First-month earnings the account may see: the regulator all, an agency its workers', a worker their own.</summary>
public sealed class ListFirstMonthEarnings(CorridorDbContext db, CurrentUser user)
{
    public Task<Paged<EarningsView>> HandleAsync(Guid? workerId, int? page, int? pageSize, CancellationToken ct)
    {
        var q = db.FirstMonthEarnings.AsNoTracking();
        if (!user.Can(Permissions.RecruitmentCostsViewAll))
        {
            var visible = db.MigrantWorkers.VisibleTo(user).Select(w => w.Id);
            q = user.Can(Permissions.RecruitmentCostsView) ? q.Where(e => visible.Contains(e.WorkerId)) : q.Where(_ => false);
        }
        if (workerId is { } w) q = q.Where(e => e.WorkerId == w);
        return q.OrderByDescending(e => e.Month).ThenBy(e => e.Id)
            .Select(e => new EarningsView(e.Id, e.WorkerId, e.Month, e.Amount, e.Currency, e.Source, e.EnteredBy)).ToPagedAsync(page, pageSize, ct);
    }
}
