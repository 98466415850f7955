using System.Globalization;
using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Domain.Recruitment;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Fees;

/// <summary>
/// The check on save of an amount taken from a worker. It applies the cap in force on the payment day to the
/// worker × agency total and, on a violation, opens a case against the agency in the same save as the amount.
/// One open fee case per worker × agency: a later amount adds a line to that case's finding instead of opening
/// another, so the regulator sees one account of what the worker paid; once the case is closed, a new violation
/// opens a new case.
/// </summary>
public static class FeeAccount
{
    public static async Task<PolicyRules> RulesAsync(CorridorDbContext db, DateOnly day, CancellationToken ct)
    {
        var json = await db.PolicySets.AsNoTracking()
            .Where(s => s.Status == PolicySetStatus.Active && s.EffectiveFrom <= day)
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Number)
            .Select(s => s.RulesJson).FirstOrDefaultAsync(ct);
        return json is null ? PolicyRules.Defaults() : PolicyRules.FromJson(json);
    }

    public static async Task<AppliedCap> CapAsync(CorridorDbContext db, string destination, string occupation, DateOnly paidOn, CancellationToken ct)
    {
        var rules = await RulesAsync(db, paidOn, ct);
        var exceptions = await db.FeeCapExceptions.AsNoTracking().Where(e => e.DestinationCountry == destination).ToListAsync(ct);
        return FeeCaps.Resolve(rules, exceptions, destination, occupation, paidOn);
    }

    /// <summary>Checks <paramref name="cost"/> (added to the context, not yet saved) and opens or feeds a case; the caller saves.</summary>
    public static async Task<(ViolationCase? Case, bool Opened)> CheckAsync(CorridorDbContext db, RecruitmentCost cost, DateTime now, CancellationToken ct)
    {
        var cap = await CapAsync(db, cost.DestinationCountry, cost.OccupationCode, cost.PaidOn, ct);
        var earlier = await db.RecruitmentCosts.AsNoTracking().Where(c => c.WorkerId == cost.WorkerId && c.AgencyId == cost.AgencyId)
            .Select(c => new { c.Amount, c.Currency, c.Source, c.CategoryCode, c.BasicMonthlyWage, c.WageCurrency, c.CreatedAt, c.Id })
            .ToListAsync(ct);
        // The wage given with this amount, else the latest one given for the same worker and agency.
        var wage = cost.BasicMonthlyWage is { } w ? (Wage: (decimal?)w, Currency: cost.WageCurrency)
            : earlier.Where(c => c.BasicMonthlyWage != null).OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
                .Select(c => (Wage: c.BasicMonthlyWage, Currency: c.WageCurrency)).FirstOrDefault();
        var paid = earlier.Select(c => new FeeCaps.Paid(c.Amount, c.Currency, c.Source, c.CategoryCode))
            .Append(new FeeCaps.Paid(cost.Amount, cost.Currency, cost.Source, cost.CategoryCode)).ToList();
        var result = FeeCaps.Check(cap, paid, wage.Wage, wage.Currency);
        if (!result.IsViolation)
        {
            cost.Checked(cap, result, null);
            return (null, false);
        }
        var line = FindingLine(cost, cap, result);
        var open = await db.ViolationCases.Where(c => c.AgencyId == cost.AgencyId && c.WorkerId == cost.WorkerId && c.Status == ViolationCaseStatus.Open
                && (c.Kind == ViolationKind.FeeOverCap || c.Kind == ViolationKind.FeeWhereCapIsZero))
            .OrderBy(c => c.OpenedAt).FirstOrDefaultAsync(ct);
        if (open is null)
        {
            var kind = result.Finding == FeeFinding.CapIsZero ? ViolationKind.FeeWhereCapIsZero : ViolationKind.FeeOverCap;
            var opened = new ViolationCase(kind, cost.AgencyId, null, cost.WorkerId, nameof(RecruitmentCost), cost.Id, cap.RuleId, line, now);
            db.ViolationCases.Add(opened);
            cost.Checked(cap, result, opened.Id);
            db.RecordAction("violation-case.opened", nameof(ViolationCase), opened.Id,
                new { opened.Number, Kind = kind.ToString(), cap.RuleId, Cost = cost.Id, cost.Source });
            return (opened, true);
        }
        open.AddFinding(line);
        cost.Checked(cap, result, open.Id);
        db.RecordAction("violation-case.finding-added", nameof(ViolationCase), open.Id, new { open.Number, Cost = cost.Id, cost.Source });
        return (open, false);
    }

    /// <summary>The finding in plain words, without the worker's name (an agency may read it).</summary>
    private static string FindingLine(RecruitmentCost cost, AppliedCap cap, FeeCaps.Result result)
    {
        var inv = CultureInfo.InvariantCulture;
        var category = CostCategories.Find(cost.CategoryCode)!;
        var who = cost.Source == CostSource.Agency ? $"receipt {cost.ReceiptNumber} recorded by the agency" : "declared by the worker";
        var total = result.Currency is null ? "in several currencies" : $"{FeeCaps.Money(result.Total)} {result.Currency}";
        var capText = result.CapAmount is { } amount
            ? $"cap {cap.Months.ToString("0.##", inv)} months of basic wage = {FeeCaps.Money(amount)} {result.Currency}"
            : category.Illegitimate ? "an illegitimate cost, never allowed" : $"cap {cap.Months.ToString("0.##", inv)} months of basic wage";
        return $"{cost.PaidOn.ToString("yyyy-MM-dd", inv)}: {FeeCaps.Money(cost.Amount)} {cost.Currency}, {category.NameEn} ({who}). "
             + $"Paid in all: {total}; {capText} ({cap.RuleId}: {cap.Source}).";
    }
}
