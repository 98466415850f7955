using System.Globalization;
using Corridor.Data;
using Corridor.Domain.Policy;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Protection.Inspections;
using Corridor.Web.Features.Recruitment.Licensing;
using Corridor.Web.Features.Recruitment.Orientation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Features.Recruitment.Clearance;

/// <summary>What the requirements found for one contract: the subject, each check, and on the fast lane the clearance it matched.</summary>
public sealed record ClearanceEvaluation(ClearanceSubject Subject, IReadOnlyList<ClearanceCheck> Checks, Guid? PreviousClearanceId);

/// <summary>
/// Checks every requirement of a deployment clearance for one contract on one day, each with what it found. A system
/// query: it applies no account's ownership, so callers decide who may ask.
/// <para>The fast lane (a returning worker, Balik-Manggagawa) replaces the job-order and orientation requirements with
/// "an earlier clearance, not revoked, for the same employer and jobsite": the employer and job order were verified
/// for that deployment, and returning workers are exempt from PDOS. Passport, contract, welfare fund (a membership still
/// running counts), insurance and the agency's standing are checked as on the normal path; medical fitness when
/// CLEARANCE-FAST-LANE.requireMedical is 1 (the default: the host country asks for a fresh examination).</para>
/// </summary>
public sealed class ClearanceRequirements(CorridorDbContext db, PolicyBook book, OrientationCertificates orientation, AgencyStanding standing,
    Sanctions sanctions)
{
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<ClearanceEvaluation> EvaluateAsync(EmploymentContract contract, bool fastLane, DateOnly today, CancellationToken ct)
    {
        var rules = (await book.InForceAsync(today, ct))?.Rules ?? PolicyRules.Defaults();
        var worker = await db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == contract.WorkerId, ct);
        var jobOrder = contract.JobOrderId is { } jid ? await db.JobOrders.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jid, ct) : null;
        var employerName = contract.EmployerId is { } eid
            ? await db.Employers.AsNoTracking().Where(e => e.Id == eid).Select(e => e.Name).FirstOrDefaultAsync(ct) ?? ""
            : contract.ForeignEmployerName ?? "";
        var terms = contract.Terms;
        var jobsite = !string.IsNullOrWhiteSpace(terms.WorkplaceAddress) ? terms.WorkplaceAddress : jobOrder?.Jobsite ?? "";
        var subject = new ClearanceSubject(contract.WorkerId, contract.AgencyId, contract.Id, contract.JobOrderId, contract.ForeignEmployerId,
            contract.Particulars.EmployerKey, employerName, contract.DestinationCountry, contract.OccupationCode, jobsite, contract.EndDate);

        var checks = new List<ClearanceCheck>();
        Guid? previous = null;
        if (fastLane)
        {
            var (check, id) = await ReturningAsync(subject, ct);
            checks.Add(check);
            previous = id;
        }
        checks.Add(Passport(worker, contract, rules, today));
        checks.Add(fastLane
            ? ClearanceCheck.Pass(ClearanceRequirement.JobOrder, "Not required for a returning worker: the employer was verified for the earlier deployment.")
            : await JobOrderAsync(jobOrder, today, ct));
        checks.Add(await ContractAsync(contract, ct));
        checks.Add(fastLane
            ? ClearanceCheck.Pass(ClearanceRequirement.Orientation, "Not required for a returning worker (exempt from pre-departure orientation).")
            : await OrientationAsync(contract, today, ct));
        checks.Add(await WelfareAsync(contract, fastLane, rules, today, ct));
        checks.Add(await InsuranceAsync(contract, ct));
        checks.Add(fastLane && rules.GetInt("CLEARANCE-FAST-LANE", "requireMedical") == 0
            ? ClearanceCheck.Pass(ClearanceRequirement.Medical, "Not required for a returning worker under the policy in force.")
            : await MedicalAsync(contract.WorkerId, rules, today, ct));
        checks.AddRange(await AgencyAsync(contract.AgencyId, today, ct));
        return new ClearanceEvaluation(subject, checks, previous);
    }

    private static ClearanceCheck Passport(MigrantWorker worker, EmploymentContract contract, PolicyRules rules, DateOnly today)
    {
        var months = rules.GetInt("CLEARANCE-PASSPORT-VALIDITY", "months");
        var expiry = worker.PassportExpiry;
        const ClearanceRequirement r = ClearanceRequirement.Passport;
        if (expiry < today) return ClearanceCheck.Fail(r, "Passport expired on {0}.", D(expiry));
        if (contract.EndDate is { } end && expiry < end)
            return ClearanceCheck.Fail(r, "Passport expires {0}, before the contract ends ({1}).", D(expiry), D(end));
        if (expiry < today.AddMonths(months))
            return ClearanceCheck.Fail(r, "Passport expires {0}: it must be valid at least {1} months after clearance (until {2}).",
                D(expiry), months.ToString(CultureInfo.InvariantCulture), D(today.AddMonths(months)));
        return ClearanceCheck.Pass(r, "Passport valid until {0}.", D(expiry));
    }

    private async Task<ClearanceCheck> JobOrderAsync(JobOrder? order, DateOnly today, CancellationToken ct)
    {
        const ClearanceRequirement r = ClearanceRequirement.JobOrder;
        if (order is null) return ClearanceCheck.Fail(r, "The contract names no job order.");
        if (order.Status == JobOrderStatus.Draft) return ClearanceCheck.Fail(r, "Job order {0} is not verified yet.", order.Number);
        if (order.Status == JobOrderStatus.Rejected) return ClearanceCheck.Fail(r, "Job order {0} was rejected.", order.Number);
        if (!order.OpenForRecruitment(today)) return ClearanceCheck.Fail(r, "Job order {0} was open only until {1}.", order.Number, D(order.ValidUntil));
        var employer = await db.ForeignEmployers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == order.ForeignEmployerId, ct);
        if (employer is null) return ClearanceCheck.Fail(r, "The contract names no job order.");
        if (!employer.AccreditedOn(today))
            return employer.Status switch
            {
                AccreditationStatus.Revoked => ClearanceCheck.Fail(r, "The accreditation of the foreign employer {0} was revoked.", employer.Name),
                AccreditationStatus.Applied => ClearanceCheck.Fail(r, "The foreign employer {0} is not accredited yet.", employer.Name),
                _ => ClearanceCheck.Fail(r, "The accreditation of the foreign employer {0} ended on {1}.", employer.Name, employer.AccreditedUntil is { } u ? D(u) : "—"),
            };
        return ClearanceCheck.Pass(r, "Job order {0} verified; the foreign employer {1} is accredited until {2}.", order.Number, employer.Name,
            D(employer.AccreditedUntil!.Value));
    }

    private async Task<ClearanceCheck> ContractAsync(EmploymentContract contract, CancellationToken ct)
    {
        const ClearanceRequirement r = ClearanceRequirement.Contract;
        if (contract.Status == ContractStatus.Superseded) return ClearanceCheck.Fail(r, "Contract {0} was replaced by an amendment.", contract.Number);
        if (contract.Status is not (ContractStatus.Approved or ContractStatus.Signed or ContractStatus.Registered))
            return ClearanceCheck.Fail(r, "Contract {0} is not approved yet.", contract.Number);
        if (contract.Findings.FirstOrDefault(f => f.Mandatory && !f.Passed) is { } failing)
            return ClearanceCheck.Fail(r, "Contract {0} fails a standard: {1}.", contract.Number, failing.RuleId);
        // Every version of the contract shares its number: a substitution found on any of them holds the clearance.
        var versions = db.EmploymentContracts.Where(c => c.Number == contract.Number).Select(c => c.Id);
        var open = await db.ViolationCases.AsNoTracking()
            .Where(v => v.Kind == ViolationKind.ContractSubstitution && v.Status == ViolationCaseStatus.Open && v.WorkerId == contract.WorkerId
                && versions.Contains(v.SubjectId))
            .Select(v => v.Number).FirstOrDefaultAsync(ct);
        if (open is not null) return ClearanceCheck.Fail(r, "Contract {0} has an open substitution case {1}.", contract.Number, open);
        if (contract.EndDate is not { } end) return ClearanceCheck.Fail(r, "Contract {0} has no end date; a clearance lasts until the contract ends.", contract.Number);
        return ClearanceCheck.Pass(r, "Contract {0} approved, from {1} to {2}.", contract.Number, D(contract.StartDate), D(end));
    }

    private async Task<ClearanceCheck> OrientationAsync(EmploymentContract contract, DateOnly today, CancellationToken ct)
    {
        const ClearanceRequirement r = ClearanceRequirement.Orientation;
        var answer = await orientation.ValidForAsync(contract.WorkerId, contract.DestinationCountry, contract.OccupationCode, today, ct);
        if (answer.Valid) return ClearanceCheck.Pass(r, "Orientation certificate {0} valid until {1}.", answer.Certificate!.Number, D(answer.Certificate.ValidUntil));
        if (answer.Result == OrientationCheckResult.NoCertificate)
            return ClearanceCheck.Fail(r, "No orientation certificate valid for {0} / {1}: the worker holds none.", contract.DestinationCountry, contract.OccupationCode);
        return ClearanceCheck.Fail(r, "No orientation certificate valid for {0} / {1}: {2}", contract.DestinationCountry, contract.OccupationCode, answer.Reason);
    }

    private async Task<ClearanceCheck> WelfareAsync(EmploymentContract contract, bool fastLane, PolicyRules rules, DateOnly today, CancellationToken ct)
    {
        const ClearanceRequirement r = ClearanceRequirement.WelfareFund;
        var due = rules.Get("WELFARE-CONTRIBUTION", "amountUsd");
        var paid = await db.WelfareFundMemberships.AsNoTracking()
            .Where(m => m.WorkerId == contract.WorkerId && (m.ContractId == contract.Id || (fastLane && m.CoversUntil >= today)))
            .ToListAsync(ct);
        var membership = paid.Where(m => m.Currency == "USD" && m.Amount >= due && m.CoversUntil >= today)
            .OrderByDescending(m => m.CoversUntil).FirstOrDefault();
        if (membership is not null)
            return ClearanceCheck.Pass(r, "Welfare fund paid on {0}, receipt {1}; covers until {2}.", D(membership.PaidOn), membership.ReceiptNumber, D(membership.CoversUntil));
        var amount = due.ToString("0.##", CultureInfo.InvariantCulture);
        if (paid.OrderByDescending(m => m.PaidOn).FirstOrDefault() is { } short_)
            return short_.CoversUntil < today
                ? ClearanceCheck.Fail(r, "The welfare-fund membership (receipt {0}) ended on {1}.", short_.ReceiptNumber, D(short_.CoversUntil))
                : ClearanceCheck.Fail(r, "Paid {0} {1} (receipt {2}); the contribution is {3} USD.",
                    short_.Amount.ToString("0.##", CultureInfo.InvariantCulture), short_.Currency, short_.ReceiptNumber, amount);
        return ClearanceCheck.Fail(r, "No welfare-fund contribution ({0} USD) paid for contract {1}.", amount, contract.Number);
    }

    private async Task<ClearanceCheck> InsuranceAsync(EmploymentContract contract, CancellationToken ct)
    {
        const ClearanceRequirement r = ClearanceRequirement.Insurance;
        var covers = await db.InsuranceCovers.AsNoTracking().Where(i => i.ContractId == contract.Id).OrderByDescending(i => i.CoversTo).ToListAsync(ct);
        var end = contract.EndDate ?? contract.StartDate;
        if (covers.FirstOrDefault(i => i.Covers(contract.StartDate, end)) is { } ok)
            return ClearanceCheck.Pass(r, "Insurance policy {0} with {1} covers {2} to {3}.", ok.PolicyNumber, ok.Insurer, D(ok.CoversFrom), D(ok.CoversTo));
        if (covers.FirstOrDefault() is { } partial)
            return ClearanceCheck.Fail(r, "Insurance policy {0} covers {1} to {2}, not the whole contract ({3} to {4}).", partial.PolicyNumber,
                D(partial.CoversFrom), D(partial.CoversTo), D(contract.StartDate), D(end));
        return ClearanceCheck.Fail(r, "No insurance recorded for contract {0}.", contract.Number);
    }

    private async Task<ClearanceCheck> MedicalAsync(Guid workerId, PolicyRules rules, DateOnly today, CancellationToken ct)
    {
        const ClearanceRequirement r = ClearanceRequirement.Medical;
        var days = rules.GetInt("MEDICAL-VALIDITY", "days");
        var latest = await db.MedicalFitness.AsNoTracking().Where(m => m.WorkerId == workerId)
            .OrderByDescending(m => m.ExaminedOn).ThenByDescending(m => m.CreatedAt).FirstOrDefaultAsync(ct);
        if (latest is null) return ClearanceCheck.Fail(r, "No medical fitness result recorded.");
        if (latest.Result == FitnessResult.Unfit) return ClearanceCheck.Fail(r, "The examination on {0} found the worker unfit.", D(latest.ExaminedOn));
        if (latest.ExaminedOn.AddDays(days) < today)
            return ClearanceCheck.Fail(r, "The examination on {0} is older than {1} days.", D(latest.ExaminedOn), days.ToString(CultureInfo.InvariantCulture));
        return ClearanceCheck.Pass(r, "Fit, examined on {0} at {1}.", D(latest.ExaminedOn), latest.ClinicName);
    }

    private async Task<List<ClearanceCheck>> AgencyAsync(Guid? agencyId, DateOnly today, CancellationToken ct)
    {
        const ClearanceRequirement r = ClearanceRequirement.Agency;
        if (agencyId is not { } id) return [ClearanceCheck.Pass(r, "Direct hire: no agency involved.")];
        var s = await standing.ForAsync(id, today, ct);
        if (s is null) return [ClearanceCheck.Fail(r, "The agency is not in the register.")];
        var name = await db.RecruitmentAgencies.AsNoTracking().Where(a => a.Id == id).Select(a => a.Name).SingleAsync(ct);
        var failed = s.Reasons.Select(reason => ClearanceCheck.Fail(r, reason)).ToList();
        if (await sanctions.DebarredAsync(id, today, ct))
            failed.Add(ClearanceCheck.Fail(r, "The agency {0} is on the watchlist: debarred from deployments.", name));
        if (failed.Count > 0) return failed;
        return [ClearanceCheck.Pass(r, "Agency {0} may deploy; escrow {1} of {2} required.", name,
            s.EscrowBalance.ToString("#,0.##", CultureInfo.InvariantCulture), s.EscrowRequired.ToString("#,0.##", CultureInfo.InvariantCulture))];
    }

    /// <summary>The fast lane's match: an earlier clearance of the worker, not revoked, for the same employer and jobsite.</summary>
    private async Task<(ClearanceCheck, Guid?)> ReturningAsync(ClearanceSubject s, CancellationToken ct)
    {
        const ClearanceRequirement r = ClearanceRequirement.ReturningWorker;
        var earlier = await db.DeploymentClearances.AsNoTracking()
            .Where(c => c.WorkerId == s.WorkerId && c.ContractId != s.ContractId && (c.Status == ClearanceStatus.Issued || c.Status == ClearanceStatus.Revoked))
            .OrderByDescending(c => c.DecidedAt).ToListAsync(ct);
        var site = DeploymentClearance.JobsiteKey(s.Jobsite);
        var match = earlier.FirstOrDefault(c => c.Status == ClearanceStatus.Issued && c.EmployerKey == s.EmployerKey && DeploymentClearance.JobsiteKey(c.Jobsite) == site);
        if (match is not null)
            return (ClearanceCheck.Pass(r, "Returning to {0} at {1}, as under clearance {2}.", s.EmployerName, s.Jobsite, match.Number), match.Id);
        if (earlier.Count == 0)
            return (ClearanceCheck.Fail(r, "No earlier clearance for this worker: apply through the normal path."), null);
        var issued = earlier.FirstOrDefault(c => c.Status == ClearanceStatus.Issued);
        if (issued is null)
            return (ClearanceCheck.Fail(r, "The earlier clearance {0} was revoked: apply through the normal path.", earlier[0].Number), null);
        if (issued.EmployerKey != s.EmployerKey)
            return (ClearanceCheck.Fail(r, "The earlier clearance {0} was for the employer {1}, not {2}: apply through the normal path.",
                issued.Number, issued.EmployerName, s.EmployerName), null);
        return (ClearanceCheck.Fail(r, "The earlier clearance {0} was for the jobsite {1}, not {2}: apply through the normal path.",
            issued.Number, issued.Jobsite, s.Jobsite), null);
    }
}
