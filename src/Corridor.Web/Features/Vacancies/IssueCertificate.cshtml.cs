using Corridor.Data;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Web.Features.Shared;
using Corridor.Web.Infrastructure.Auth;
using Corridor.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Corridor.Web.Features.Vacancies;

/// <summary>A labour market test decision as the API and pages show it.</summary>
public sealed record DecisionView(Guid Id, DecisionOutcome Outcome, int PolicySetNumber, DateTime DecidedAt,
    IReadOnlyList<RuleResult> Results, string? CertificateNumber, DateOnly? CertificateValidUntil, int? CertifiedPosts)
{
    public static DecisionView Of(AdmissionDecision d, Vacancy v) =>
        new(d.Id, d.Outcome, d.PolicySetNumber, d.DecidedAt, d.Results,
            d.Outcome == DecisionOutcome.Approved ? v.CertificateNumber : null,
            d.Outcome == DecisionOutcome.Approved ? v.CertificateValidUntil : null,
            d.Outcome == DecisionOutcome.Approved ? v.CertifiedPosts : null);
}

/// <summary>
/// Decides a labour-market-test certificate by the rules of the policy in force today: advertising
/// period elapsed, posts not filled by nationals, no recent layoffs in the occupation, no open wage
/// arrears, not on the watchlist. The decision is stored with every rule's result whether it approves
/// or refuses; an approval issues the certificate in the same transaction.
/// </summary>
public sealed class IssueCertificate(CorridorDbContext db, CurrentUser user, VacancyParties parties, TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<DecisionView>> HandleAsync(Guid id, CancellationToken ct)
    {
        if (!user.Can(Permissions.VacanciesDecide)) return Failure.Forbidden;
        var vacancy = await db.Vacancies.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (vacancy is null) return Failure.NotFound;
        if (vacancy.Status != VacancyStatus.Advertising)
            return Failure.Conflict(l["A certificate is issued only for a vacancy under advertising."]);
        var (policy, policyFailure) = await parties.PolicyAsync(ct);
        if (policyFailure is not null) return policyFailure;

        var today = parties.Today;
        var flags = await db.EmployerFlags.AsNoTracking().Where(f => f.EmployerId == vacancy.EmployerId).ToListAsync(ct);
        var checks = vacancy.CheckForCertificate(policy!, flags, today);
        var inputs = new
        {
            today, vacancy.OccupationCode, vacancy.IsicSection, vacancy.Posts, vacancy.AdvertisingFrom, vacancy.AdvertisingDays,
            vacancy.OutcomeRecordedOn, vacancy.NationalReferrals, vacancy.Interviews, vacancy.Hires,
            employerFlags = flags.Select(f => new { f.Id, f.Kind, f.OpenedOn, f.ClosedOn, f.OccupationCode, f.Count }),
        };
        var decision = checks.Decide(Vacancy.DecisionSubject, vacancy.Id, inputs, clock.GetUtcNow().UtcDateTime);
        db.AdmissionDecisions.Add(decision);
        if (decision.Outcome == DecisionOutcome.Approved)
        {
            var number = PublicNumber.New('C');
            while (await db.Vacancies.AnyAsync(v => v.CertificateNumber == number, ct)) number = PublicNumber.New('C');
            vacancy.IssueCertificate(decision, number, today, policy!);
        }
        db.RecordAction(decision.Outcome == DecisionOutcome.Approved ? "vacancy.certificate-issued" : "vacancy.certificate-refused",
            nameof(Vacancy), vacancy.Id, new { decisionId = decision.Id, policySet = decision.PolicySetNumber, vacancy.CertificateNumber });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(l["Someone else changed this record after you opened it. Reload it to see their changes, then make yours again."]);
        }
        return DecisionView.Of(decision, vacancy);
    }
}

[Authorize(Policy = Permissions.VacanciesDecide)]
public sealed class IssueCertificateModel(IssueCertificate handler) : PageModel
{
    public void OnGet() { }

    /// <summary>Approved or refused, the vacancy's page shows the decision with its reasons.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        (await handler.HandleAsync(id, ct)).ToPage(this, _ => RedirectToPage("Details", new { id }));
}
