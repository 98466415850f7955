using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Levies;

/// <summary>Whether an employer's levy account is current: the check that blocks new permits while levies are in arrears.</summary>
public static class LevyAccount
{
    /// <summary>The LEVY-GRACE days of the policy set in force on the day (the catalogue default before the first set).</summary>
    public static async Task<int> GraceDaysAsync(CorridorDbContext db, DateOnly day, CancellationToken ct)
    {
        var json = await db.PolicySets.AsNoTracking()
            .Where(s => s.Status == PolicySetStatus.Active && s.EffectiveFrom <= day)
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Number)
            .Select(s => s.RulesJson).FirstOrDefaultAsync(ct);
        return (json is null ? PolicyRules.Defaults() : PolicyRules.FromJson(json)).GetInt("LEVY-GRACE", "graceDays");
    }

    /// <summary>
    /// False when, on <paramref name="day"/>, a statement of the employer is not paid in full more than
    /// LEVY-GRACE days after its due date; payments count only if made by that day.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(CorridorDbContext db, Guid employerId, DateOnly day, CancellationToken ct)
    {
        var grace = await GraceDaysAsync(db, day, ct);
        var lastDue = day.AddDays(-grace - 1);
        var overdue = await db.LevyStatements.AsNoTracking()
            .Where(s => s.EmployerId == employerId && s.DueOn <= lastDue).ToListAsync(ct);
        if (overdue.Count == 0) return true;
        var ids = overdue.Select(s => s.Id).ToList();
        // Decimal sums run here, not in SQL: SQLite stores decimals as text.
        var payments = await db.LevyPayments.AsNoTracking().Where(p => ids.Contains(p.StatementId) && p.PaidOn <= day)
            .Select(p => new { p.StatementId, p.Amount }).ToListAsync(ct);
        return !overdue.Any(s => s.InArrearsOn(day, grace, payments.Where(p => p.StatementId == s.Id).Sum(p => p.Amount)));
    }
}
