using Corridor.Data;
using Corridor.Data.Identity;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Recruitment;
using Corridor.Domain.Reference;
using Corridor.Domain.Registry;
using Corridor.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Web.Infrastructure.Seed;

public sealed record DemoSize(int Employers = 500, int Workers = 5000, int Agencies = 20, int JobSeekers = 1000);

public sealed record DemoLogin(string Role, string Email, string Sees);

/// <summary>
/// A realistic demo country: Kazakhstan as destination (workers from Uzbekistan, Tajikistan,
/// Kyrgyzstan) and origin (nationals working in Russia and Korea). Deterministic: the same seed gives
/// the same country. Everything goes through the normal save path, so every record is audited.
/// </summary>
public sealed class DemoSeeder(CorridorDbContext db, UserManager<CorridorUser> users, RoleManager<CorridorRole> roles, TimeProvider clock,
    Corridor.Web.Features.Protection.Payroll.PayrollImport? payroll = null)
{
    private const int BatchSize = 1000;
    private readonly Random _random = new(20191);
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<bool> IsSeededAsync(CancellationToken ct) => await db.OrgUnits.AnyAsync(ct);

    public static async Task EnsureRolesAsync(RoleManager<CorridorRole> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new CorridorRole(role));
    }

    /// <summary>Seeds everything in one transaction: a failed seed leaves the database as empty as it was.</summary>
    public async Task<IReadOnlyList<DemoLogin>> SeedAsync(DemoSize size, string password, IProgress<(string Step, double Done)>? progress, CancellationToken ct)
    {
        await EnsureRolesAsync(roles);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var logins = await SeedCountryAsync(size, password, progress, ct);
        await transaction.CommitAsync(ct);
        return logins;
    }

    private async Task<IReadOnlyList<DemoLogin>> SeedCountryAsync(DemoSize size, string password, IProgress<(string Step, double Done)>? progress, CancellationToken ct)
    {
        progress?.Report(("org units", 0));
        var districts = await SeedOrgUnitsAsync(ct);
        progress?.Report(("employers", 0));
        var employers = await SeedEmployersAsync(size.Employers, districts, ct);
        progress?.Report(("agencies", 0));
        var agencies = await SeedAgenciesAsync(size.Agencies, districts, ct);
        await SeedWorkersAsync(size.Workers, employers, agencies, (done) => progress?.Report(("workers", done)), ct);
        progress?.Report(("job seekers", 0));
        await SeedJobSeekersAsync(size.JobSeekers, districts, ct);
        progress?.Report(("accounts", 0));
        var logins = await SeedUsersAsync(password, ct);
        progress?.Report(("policy", 0));
        await SeedPolicyAsync(ct);
        progress?.Report(("vacancies", 0));
        await SeedVacanciesAsync(employers, ct);
        progress?.Report(("quotas", 0));
        await SeedQuotasAsync(employers, ct);
        progress?.Report(("permits", 0));
        await SeedPermitsAsync(ct);
        progress?.Report(("levies", 0));
        await SeedLeviesAsync(ct);
        progress?.Report(("regularisation", 0));
        await SeedRegularisationAsync(employers, ct);
        progress?.Report(("orientation", 0));
        await SeedOrientationAsync(ct);
        progress?.Report(("employment contracts", 0));
        await SeedEmploymentContractsAsync(ct);
        progress?.Report(("recruitment fees", 0));
        await SeedRecruitmentFeesAsync(ct);
        progress?.Report(("recruitment licensing", 0));
        await SeedRecruitmentLicensingAsync(ct);
        progress?.Report(("deployment clearances", 0));
        await SeedDeploymentClearancesAsync(ct);
        progress?.Report(("inspections", 0));
        await SeedInspectionsAsync(employers, agencies, ct);
        progress?.Report(("complaints", 0));
        await SeedComplaintsAsync(ct);
        progress?.Report(("payroll", 0));
        await SeedPayrollAsync(ct);
        progress?.Report(("remittances and SDG 10.7.1", 0));
        await SeedRemittancesAsync(ct);
        progress?.Report(("forecasts", 0));
        await SeedForecastsAsync(ct);
        return logins;
    }

    /// <summary>
    /// Forecasts (issue 6): the default participation rates as version 1, marked as defaults, and one saved projection
    /// scenario with illustrative labour demand. The UN files themselves are loaded by the demo command when
    /// ../shared/data exists (they are official data, not demo data).
    /// </summary>
    private async Task SeedForecastsAsync(CancellationToken ct)
    {
        db.ParticipationRateSets.Add(new Corridor.Domain.Forecasts.ParticipationRateSet(1, Corridor.Domain.Forecasts.ParticipationRateSet.Defaults(),
            Corridor.Domain.Forecasts.ParticipationRateSet.DefaultSource, isDefault: true, "system"));
        var demand = Corridor.Web.Features.Forecasts.LabourForceForm.Illustrative();
        db.LabourForceScenarios.Add(new Corridor.Domain.Forecasts.LabourForceScenario("Baseline: rates held constant, illustrative demand", "KAZ", 2020, 1,
            Corridor.Domain.Forecasts.RatePath.Constant, new Dictionary<string, decimal>(), demand.Demand(), "analyst@demo.corridor"));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Agency licensing, escrow, foreign employers and job orders in every status, all through the domain and audited:
    /// existing agencies are suspended and cancelled with reasons (so the public register shows them), an officer of
    /// the cancelled one is refused a new licence, every agency in force holds its escrow (one is short after a claim),
    /// foreign employers are applied, accredited, expired and revoked, and the demo agency has a draft, a verified and
    /// a rejected job order. Adds no agencies, so the registry's size stays as requested.
    /// </summary>
    private async Task SeedRecruitmentLicensingAsync(CancellationToken ct)
    {
        var policy = await db.PolicySets.AsNoTracking().Where(p => p.Status == PolicySetStatus.Active).OrderBy(p => p.Number).FirstAsync(ct);
        var demoAgencyId = await db.Users.Where(u => u.Email == $"{Roles.Agency}@demo.corridor").Select(u => u.AgencyId).SingleAsync(ct);
        var regulator = $"{Roles.RecruitmentRegulator}@demo.corridor";
        var attache = $"{Roles.Partner}@demo.corridor";
        var now = clock.GetUtcNow().UtcDateTime;
        var requiredEscrow = Corridor.Domain.Recruitment.LicenceRequirements.RequiredEscrow(policy.Rules);

        // Agencies with the fewest workers change status, so the demo's busy pages keep their licensed agencies.
        var workerCounts = await db.MigrantWorkers.Where(w => w.AgencyId != null).GroupBy(w => w.AgencyId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var agencies = await db.RecruitmentAgencies.OrderBy(a => a.LicenceNumber).ToListAsync(ct);
        var others = agencies.Where(a => a.Status == LicenceStatus.Licensed && a.Id != demoAgencyId)
            .OrderBy(a => workerCounts.GetValueOrDefault(a.Id)).ThenBy(a => a.LicenceNumber).ToList();

        Corridor.Domain.Recruitment.LicenceApplication File(RecruitmentAgency agency, Corridor.Domain.Recruitment.LicenceApplicationKind kind,
            decimal capital, params Corridor.Domain.Recruitment.OfficerDeclaration[] officers)
        {
            var disqualified = (from o in db.AgencyOfficers.Local
                                join a in agencies on o.AgencyId equals a.Id
                                where a.Status == LicenceStatus.Cancelled && a.Id != agency.Id && officers.Any(d => d.IdentityDocument == o.IdentityDocument)
                                select new Corridor.Domain.Recruitment.DisqualifiedOfficer(o.IdentityDocument,
                                    officers.First(d => d.IdentityDocument == o.IdentityDocument).FullName, a.Name, a.LicenceNumber)).Distinct().ToList();
            var checks = Corridor.Domain.Recruitment.LicenceRequirements.Check(new RuleChecks(policy), capital, requiredEscrow, 1_000_000,
                officers, disqualified, Today);
            var application = new Corridor.Domain.Recruitment.LicenceApplication(agency.Id, kind, capital, requiredEscrow, 1_000_000, now, regulator);
            var decision = checks.Decide("AgencyLicenceApplication", application.Id, new { agency.LicenceNumber, kind = kind.ToString(), capital, officers }, now);
            application.Decided(decision);
            db.AdmissionDecisions.Add(decision);
            db.LicenceApplications.Add(application);
            foreach (var o in officers)
                db.AgencyOfficers.Add(new Corridor.Domain.Recruitment.AgencyOfficer(agency.Id, application.Id, o.FullName, o.IdentityDocument, o.Position, o.PoliceClearanceDate));
            db.RecordAction("agency-licence.application-filed", nameof(RecruitmentAgency), agency.Id, new { applicationId = application.Id, kind = kind.ToString(), application.Qualified });
            return application;
        }
        void Transition(RecruitmentAgency agency, string action) =>
            db.RecordAction($"agency-licence.{action}", nameof(RecruitmentAgency), agency.Id,
                new { agency.LicenceNumber, status = agency.Status.ToString(), category = agency.StatusCategory?.ToString(), agency.LicenceValidUntil, reason = agency.StatusNote });

        var demo = agencies.Single(a => a.Id == demoAgencyId);
        File(demo, Corridor.Domain.Recruitment.LicenceApplicationKind.Renewal, 60_000_000,
            new("Гульнара Ахметова", "N11223344", "Director", Today.AddMonths(-2)), new("Арман Жумабаев", "N55667788", "Compliance officer", Today.AddMonths(-1)));

        // An officer of the cancelled agency, refused when the applied agency names her.
        var banned = new Corridor.Domain.Recruitment.OfficerDeclaration("Динара Сейтказина", "N99887766", "Director", Today.AddMonths(-3));
        if (others.Count >= 1)
        {
            var cancelled = others[0];
            File(cancelled, Corridor.Domain.Recruitment.LicenceApplicationKind.Renewal, 50_000_000, banned);
            cancelled.Suspend(LicenceReasonCategory.IllegalFees, "Placement fees of two months' wages charged to 14 workers (inspection report 2026/17).", Today.AddDays(-40));
            Transition(cancelled, "suspended");
            cancelled.Cancel(LicenceReasonCategory.IllegalFees, "Fees not refunded within the 30 days given; licence cancelled by order 2026/31.", Today.AddDays(-5));
            Transition(cancelled, "cancelled");
        }
        if (others.Count >= 2)
        {
            var suspended = others[1];
            suspended.Suspend(LicenceReasonCategory.FinancialRequirements, "Escrow drawn down by a workers' claim and not topped up within 15 days.", Today.AddDays(-7));
            Transition(suspended, "suspended");
        }
        foreach (var applied in agencies.Where(a => a.Status == LicenceStatus.Applied))
            File(applied, Corridor.Domain.Recruitment.LicenceApplicationKind.New, 48_000_000,
                banned, new("Ерлан Касымов", "N44556677", "Operations manager", Today.AddMonths(-1)));

        // Escrow: every agency in force (or suspended) deposited; one paid a worker's claim and owes a top-up.
        foreach (var a in agencies.Where(a => a.Status is LicenceStatus.Licensed or LicenceStatus.Suspended))
        {
            db.EscrowEntries.Add(new Corridor.Domain.Recruitment.EscrowEntry(a.Id, Corridor.Domain.Recruitment.EscrowEntryKind.Deposit, requiredEscrow,
                Today.AddMonths(-6), $"BANK-{a.LicenceNumber}", null, null, "Escrow deposit for the licence", regulator));
        }
        var shortAgency = others.Count >= 2 ? others[1] : null;
        var claimant = shortAgency is null ? null
            : await db.MigrantWorkers.Where(w => w.AgencyId == shortAgency.Id).OrderBy(w => w.WorkerNumber).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct)
              ?? await db.MigrantWorkers.OrderBy(w => w.WorkerNumber).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct);
        if (shortAgency is not null && claimant is not null)
        {
            db.EscrowEntries.Add(new Corridor.Domain.Recruitment.EscrowEntry(shortAgency.Id, Corridor.Domain.Recruitment.EscrowEntryKind.ClaimPaid, 1_500_000,
                Today.AddDays(-20), "DEC-2026-0042", claimant, null, "Refund of an illegal placement fee ordered by the adjudicator", regulator));
            if (others.Count >= 3)
            {
                // Another agency paid a claim and topped up: back in good standing.
                var toppedUp = others[2];
                db.EscrowEntries.Add(new Corridor.Domain.Recruitment.EscrowEntry(toppedUp.Id, Corridor.Domain.Recruitment.EscrowEntryKind.ClaimPaid, 400_000,
                    Today.AddDays(-30), "DEC-2026-0031", claimant, null, "Unpaid wages reimbursed from escrow", regulator));
                db.EscrowEntries.Add(new Corridor.Domain.Recruitment.EscrowEntry(toppedUp.Id, Corridor.Domain.Recruitment.EscrowEntryKind.TopUp, 400_000,
                    Today.AddDays(-12), $"BANK-{toppedUp.LicenceNumber}-2", null, null, null, regulator));
            }
        }

        // Foreign employers in every accreditation status.
        Corridor.Domain.Recruitment.ForeignEmployer Employer(string name, string country, string address, string sector, int documents)
        {
            var e = new Corridor.Domain.Recruitment.ForeignEmployer(name, country, address, sector);
            foreach (var d in Enum.GetValues<Corridor.Domain.Recruitment.EmployerDocument>().Take(documents)) e.RecordDocument(d, true, Today.AddDays(-60));
            db.ForeignEmployers.Add(e);
            db.RecordAction("foreign-employer.registered", nameof(Corridor.Domain.Recruitment.ForeignEmployer), e.Id, new { e.Name, e.Country });
            return e;
        }
        var accredited = Employer("Al Noor Construction LLC", "ARE", "Dubai Investments Park 2, Dubai", "F", 5);
        accredited.Accredit(attache, "Site and labour camp visited: rooms for 6, air-conditioned, own kitchen; wages paid through WPS.", Today.AddDays(-30), Today.AddYears(2), Today);
        var applying = Employer("Doha Facilities Management WLL", "QAT", "Salwa Road, Doha", "N", 3);
        var expired = Employer("Seoul Precision Parts Co.", "KOR", "Ansan Industrial Complex, Gyeonggi", "C", 5);
        expired.Accredit(attache, "Factory inspected with the EPS centre; dormitory adequate.", Today.AddYears(-2), Today.AddDays(-15), Today.AddYears(-2));
        expired.Expire(Today);
        var revoked = Employer("Riyadh Hospitality Group", "SAU", "King Fahd Road, Riyadh", "I", 5);
        revoked.Accredit(attache, "Hotel visited; staff housing shared 8 to a room.", Today.AddMonths(-8), Today.AddYears(1), Today.AddMonths(-8));
        revoked.Revoke("Workers' passports found withheld by the employer (attaché report 2026/05).");

        // Job orders of the demo agency: verified, draft, rejected.
        var verified = new Corridor.Domain.Recruitment.JobOrder(accredited.Id, demo.Id, "711", 40, 2_200, "AED", 48, "Dubai Creek Harbour, tower 3", "ARE", Today.AddMonths(8));
        verified.Verify(accredited, attache, "Wages and hours match the master contract.", Today.AddDays(-10));
        var draft = new Corridor.Domain.Recruitment.JobOrder(accredited.Id, demo.Id, "931", 25, 1_600, "AED", 48, "Dubai South logistics district", "ARE", Today.AddMonths(6));
        var rejected = new Corridor.Domain.Recruitment.JobOrder(applying.Id, demo.Id, "911", 30, 1_200, "QAR", 60, "Residential compounds, Doha", "QAT", Today.AddMonths(4));
        rejected.Reject(attache, "Employer not accredited and 60 hours a week exceeds the host country's limit.", Today.AddDays(-3));
        foreach (var o in new[] { verified, draft, rejected })
        {
            db.JobOrders.Add(o);
            db.RecordAction("job-order.created", nameof(Corridor.Domain.Recruitment.JobOrder), o.Id, new { o.Number, o.Status });
        }
        _ = expired;
        await SaveBatchAsync(ct);
    }

    /// <summary>
    /// Deployment clearances (issue 4) in every status, for the demo agency's workers bound for the verified job order:
    /// issued (with the welfare fund, insurance and medical records behind it), refused with two unmet requirements,
    /// revoked with the reason, and a returning worker whose earlier clearance has expired and who was cleared again on
    /// the fast lane. The stored checks read as the evaluator writes them.
    /// </summary>
    private async Task SeedDeploymentClearancesAsync(CancellationToken ct)
    {
        var agencyId = await db.Users.Where(u => u.Email == $"{Roles.Agency}@demo.corridor").Select(u => u.AgencyId).SingleAsync(ct);
        if (agencyId is not { } demoAgency) return;
        var order = await db.JobOrders.AsNoTracking().Where(o => o.AgencyId == demoAgency && o.Status == JobOrderStatus.Verified).OrderBy(o => o.Number).FirstOrDefaultAsync(ct);
        var employer = order is null ? null : await db.ForeignEmployers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == order.ForeignEmployerId, ct);
        // The demo agency's own outbound workers first; in the full demo it may have none, so others are recruited by it.
        var workers = await db.MigrantWorkers.Where(w => w.Direction == MigrationDirection.Outbound)
            .OrderBy(w => w.AgencyId == demoAgency ? 0 : 1).ThenBy(w => w.Id).Take(4).ToListAsync(ct);
        if (order is null || employer is null || workers.Count == 0) return;
        foreach (var w in workers.Where(w => w.AgencyId != demoAgency)) w.AssignTo(w.CurrentEmployerId, demoAgency);
        var agencyName = await db.RecruitmentAgencies.Where(a => a.Id == demoAgency).Select(a => a.Name).SingleAsync(ct);
        var regulator = $"{Roles.RecruitmentRegulator}@demo.corridor";
        var agencyUser = $"{Roles.Agency}@demo.corridor";
        var now = clock.GetUtcNow().UtcDateTime;
        MigrantWorker W(int i) => workers[i % workers.Count];
        static string D(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        EmploymentContract Contract(MigrantWorker w, DateOnly start, DateOnly end, DateTime at)
        {
            var terms = new ContractTerms
            {
                EmployerAddress = employer.Address ?? "Dubai", WorkplaceAddress = order.Jobsite, JobDescription = "Construction work on a residential tower",
                Wage = order.MonthlyWage, Currency = order.Currency, HoursPerDay = 8, HoursPerWeek = order.HoursPerWeek, DailyRestHours = 12,
                RestDaysPerWeek = 1, WeeklyRestHours = 24, PaidLeaveDays = 30, OvertimeRatePercent = 125, InsuranceByEmployer = true,
                InsuranceCover = "Health insurance under the host country's law", MedicalCareByEmployer = true, NoticeDays = 30,
                TerminationTerms = "Either party with 30 days' notice; the employer pays the return ticket.",
                DisputeSettlement = "Conciliation by the labour attaché, then the host country's labour court.", WorkerLanguage = "ru",
            };
            var c = new EmploymentContract(w.Id, new ContractParticulars(ContractTemplate.GeneralWorker, demoAgency, null, employer.Name, employer.Country,
                employer.Id, order.Id, order.Occupation, order.DestinationCountry, start, end, terms), at);
            c.Submit([new ContractFinding("CONTRACT-PARTICULARS", true, true, "Every particular is stated.", [], "ILO C97 Annex I Art. 5")], 1, at);
            c.Approve(regulator, null, at);
            db.EmploymentContracts.Add(c);
            return c;
        }
        void Evidence(EmploymentContract c, DateOnly on, bool welfare = true, bool medical = true)
        {
            if (welfare)
                db.WelfareFundMemberships.Add(new WelfareFundMembership(c.WorkerId, c.Id, c.EndDate, 25, "USD", on, $"OWWA-{c.Number[2..]}", agencyUser, on));
            db.InsuranceCovers.Add(new InsuranceCover(c.WorkerId, c.Id, "Nomad Insurance JSC", $"NI-{c.Number[2..]}", c.StartDate, c.EndDate!.Value, agencyUser));
            if (medical) db.MedicalFitness.Add(new MedicalFitness(c.WorkerId, FitnessResult.Fit, on.AddDays(-10), "Astana Medical Centre No. 2", on));
        }
        List<ClearanceCheck> Checks(EmploymentContract c, MigrantWorker w, DateOnly on, bool fastLane, bool welfare = true, bool medical = true) =>
        [
            ClearanceCheck.Pass(ClearanceRequirement.Passport, "Passport valid until {0}.", D(w.PassportExpiry)),
            fastLane ? ClearanceCheck.Pass(ClearanceRequirement.JobOrder, "Not required for a returning worker: the employer was verified for the earlier deployment.")
                : ClearanceCheck.Pass(ClearanceRequirement.JobOrder, "Job order {0} verified; the foreign employer {1} is accredited until {2}.", order.Number, employer.Name, D(employer.AccreditedUntil!.Value)),
            ClearanceCheck.Pass(ClearanceRequirement.Contract, "Contract {0} approved, from {1} to {2}.", c.Number, D(c.StartDate), D(c.EndDate!.Value)),
            fastLane ? ClearanceCheck.Pass(ClearanceRequirement.Orientation, "Not required for a returning worker (exempt from pre-departure orientation).")
                : ClearanceCheck.Pass(ClearanceRequirement.Orientation, "Orientation certificate {0} valid until {1}.", "O-demo", D(on.AddMonths(12))),
            welfare ? ClearanceCheck.Pass(ClearanceRequirement.WelfareFund, "Welfare fund paid on {0}, receipt {1}; covers until {2}.", D(on), $"OWWA-{c.Number[2..]}", D(c.EndDate!.Value < on.AddYears(2) ? c.EndDate.Value : on.AddYears(2).AddDays(-1)))
                : ClearanceCheck.Fail(ClearanceRequirement.WelfareFund, "No welfare-fund contribution ({0} USD) paid for contract {1}.", "25", c.Number),
            ClearanceCheck.Pass(ClearanceRequirement.Insurance, "Insurance policy {0} with {1} covers {2} to {3}.", $"NI-{c.Number[2..]}", "Nomad Insurance JSC", D(c.StartDate), D(c.EndDate!.Value)),
            medical ? ClearanceCheck.Pass(ClearanceRequirement.Medical, "Fit, examined on {0} at {1}.", D(on.AddDays(-10)), "Astana Medical Centre No. 2")
                : ClearanceCheck.Fail(ClearanceRequirement.Medical, "No medical fitness result recorded."),
            ClearanceCheck.Pass(ClearanceRequirement.Agency, "Agency {0} may deploy; escrow {1} of {2} required.", agencyName, "—", "—"),
        ];
        ClearanceSubject Subject(EmploymentContract c) => new(c.WorkerId, demoAgency, c.Id, order.Id, employer.Id, c.Particulars.EmployerKey, employer.Name,
            c.DestinationCountry, c.OccupationCode, order.Jobsite, c.EndDate);
        DeploymentClearance Decide(EmploymentContract c, List<ClearanceCheck> checks, bool fastLane, Guid? previous, DateTime at)
        {
            var d = new DeploymentClearance(Subject(c), checks, fastLane, previous, agencyUser, at);
            db.DeploymentClearances.Add(d);
            db.RecordAction(d.Status == ClearanceStatus.Issued ? "deployment-clearance.issued" : "deployment-clearance.refused", nameof(DeploymentClearance), d.Id,
                new { d.Number, contract = c.Number, fastLane, unmet = d.Unmet.Select(u => u.Requirement.ToString()).ToArray() });
            return d;
        }

        // Issued.
        var issued = Contract(W(0), Today.AddDays(20), Today.AddYears(2).AddDays(20), now.AddDays(-6));
        Evidence(issued, Today.AddDays(-3));
        Decide(issued, Checks(issued, W(0), Today.AddDays(-2), false), false, null, now.AddDays(-2));

        // Refused: no welfare-fund payment and no medical yet; the agency sees what to fix.
        var refused = Contract(W(1), Today.AddDays(30), Today.AddYears(2).AddDays(30), now.AddDays(-5));
        Evidence(refused, Today.AddDays(-1), welfare: false, medical: false);
        Decide(refused, Checks(refused, W(1), Today.AddDays(-1), false, welfare: false, medical: false), false, null, now.AddDays(-1));

        // Revoked after issue: the job was withdrawn before departure.
        var withdrawn = Contract(W(2), Today.AddDays(15), Today.AddYears(2).AddDays(15), now.AddDays(-20));
        Evidence(withdrawn, Today.AddDays(-15));
        var revoked = Decide(withdrawn, Checks(withdrawn, W(2), Today.AddDays(-14), false), false, null, now.AddDays(-14));
        revoked.Revoke(regulator, "The employer withdrew the position before departure (attaché report 2026/11); the contract is cancelled.", now.AddDays(-4));
        db.RecordAction("deployment-clearance.revoked", nameof(DeploymentClearance), revoked.Id, new { revoked.Number, revoked.RevocationReason });

        // A returning worker: the earlier clearance ran out with its contract; the new contract went through the fast lane.
        var earlier = Contract(W(3), Today.AddYears(-2).AddMonths(-1), Today.AddMonths(-1), now.AddYears(-2).AddMonths(-2));
        Evidence(earlier, Today.AddYears(-2).AddMonths(-2));
        var expired = Decide(earlier, Checks(earlier, W(3), Today.AddYears(-2).AddMonths(-2), false), false, null, now.AddYears(-2).AddMonths(-2));
        var back = Contract(W(3), Today.AddDays(10), Today.AddYears(2).AddDays(10), now.AddDays(-3));
        Evidence(back, Today.AddDays(-2));
        var checks = Checks(back, W(3), Today.AddDays(-1), true);
        checks.Insert(0, ClearanceCheck.Pass(ClearanceRequirement.ReturningWorker, "Returning to {0} at {1}, as under clearance {2}.", employer.Name, order.Jobsite, expired.Number));
        Decide(back, checks, true, expired.Id, now.AddDays(-1));
        await SaveBatchAsync(ct);
    }

    /// <summary>
    /// Work permits in every status (approved, issued, active, expired, cancelled, transferred) and two
    /// applications in the officers' queue. The demo worker's own permit is the active one. Every step goes
    /// through the domain: the rules are checked and stored, an officer approves (with a justification and
    /// a second officer where a rule failed), and the permit moves along its state graph.
    /// </summary>
    private async Task SeedPermitsAsync(CancellationToken ct)
    {
        var policy = await db.PolicySets.AsNoTracking().SingleAsync(p => p.Number == 1, ct);
        var demoWorkerId = await db.Users.Where(u => u.Email == $"{Roles.Worker}@demo.corridor").Select(u => u.WorkerId).SingleOrDefaultAsync(ct);
        var vacancies = await db.Vacancies.AsNoTracking().OrderBy(v => v.Status == VacancyStatus.CertificateIssued ? 0 : 1).ThenBy(v => v.Id).ToListAsync(ct);
        var withVacancy = vacancies.Select(v => v.EmployerId).ToHashSet();
        var employers = await db.Employers.AsNoTracking().Where(e => withVacancy.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var candidates = await db.MigrantWorkers.AsNoTracking()
            .Where(w => w.CurrentEmployerId != null && w.Direction == MigrationDirection.Inbound).ToListAsync(ct);
        var workers = candidates.Where(w => employers.ContainsKey(w.CurrentEmployerId!.Value))
            .OrderBy(w => w.Id == demoWorkerId ? 0 : 1).ThenBy(w => w.Id).Take(10).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        // The demo worker's permit is active; then one of each other status; the last two wait in the queue.
        PermitStatus?[] plan = [PermitStatus.Active, PermitStatus.Approved, PermitStatus.Issued, PermitStatus.Active, PermitStatus.Expired,
            PermitStatus.Cancelled, PermitStatus.Transferred, PermitStatus.SeekingEmployer, null, null];
        for (var i = 0; i < workers.Count; i++)
        {
            var w = workers[i];
            var employer = employers[w.CurrentEmployerId!.Value];
            var vacancy = vacancies.First(v => v.EmployerId == employer.Id);
            var target = plan[i];
            // The second active permit runs out within a month, so the demo shows expiry reminders (PERMIT-EXPIRY-REMINDERS).
            var from = target == PermitStatus.Expired ? Today.AddYears(-3).AddMonths(-2)
                : i == 3 ? Today.AddDays(25).AddMonths(-Math.Min(policy.Rules.GetInt("PERMIT-VALIDITY", "years") * 12, policy.Rules.GetInt("PERMIT-VALIDITY", "maxStayMonths")))
                : Today.AddDays(-_random.Next(10, 200));
            var day = target is null ? Today : from;
            var facts = new PermitFacts(day, PermitRules.ValidUntil(policy.Rules, from), w.DateOfBirth, w.PassportExpiry, vacancy.CertificateNumber,
                vacancy.CertificateValidOn(day), vacancy.CertifiedPosts ?? 0, employer.IsicSection, 100,
                new FirmWorkforce(employer.IsicSection, employer.NationalEmployees, 0, new Dictionary<string, int>(), 1, w.Citizenship),
                LevyCurrent: true, EmployerWatchlisted: false, WorkerHoldsActivePermit: false, vacancy.MonthlyWage, vacancy.WeeklyHours);
            var application = new WorkPermitApplication(employer.Id, w.Id, vacancy.Id, vacancy.OccupationCode, vacancy.MonthlyWage, vacancy.WeeklyHours,
                from, day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
            var decision = PermitRules.Check(policy, facts).Decide(WorkPermitApplication.DecisionSubject, application.Id, new { demo = true }, application.SubmittedAt,
                referInsteadOfRefuse: true);
            application.Decided(decision, autoApprove: false);
            db.AdmissionDecisions.Add(decision);
            db.WorkPermitApplications.Add(application);
            if (target is null) continue;
            var decidedAt = application.SubmittedAt.AddHours(2);
            if (!application.Approve($"{Roles.AdmissionOfficer}@demo.corridor", "Documents checked in person at the employment centre (demo).", decidedAt))
                application.Approve($"{Roles.Admin}@demo.corridor", null, decidedAt);
            var permit = new WorkPermit(application, from, policy);
            application.PermitIssued(permit);
            if (target != PermitStatus.Approved) permit.Issue(from);
            if (target is PermitStatus.Active or PermitStatus.Expired or PermitStatus.Cancelled or PermitStatus.Transferred or PermitStatus.SeekingEmployer)
                permit.Activate(from.AddDays(7));
            if (target == PermitStatus.Expired) permit.Expire(permit.ValidUntil.AddDays(1));
            if (target == PermitStatus.Cancelled) permit.Cancel("The worker returned home at the end of the season (demo).", Today);
            if (target == PermitStatus.Transferred)
            {
                // A transfer ends a job search that a change of employer began.
                permit.Release(EmployerChangeGround.EmployerConsent, Today, policy.Rules.GetInt("TRANSFER-JOB-SEARCH", "days"));
                permit.Transferred(Today);
            }
            db.WorkPermits.Add(permit);
            if (target == PermitStatus.SeekingEmployer)
            {
                // Released by its employer with consent: the worker is looking for a new employer.
                var change = new EmployerChange(permit, EmployerChangeGround.EmployerConsent, null, null, EmployerChangeFiler.Employer,
                    $"{Roles.Employer}@demo.corridor", policy.Rules, now);
                var facts2 = new EmployerChangeFacts(Today, EmployerChangeGround.EmployerConsent, null, false, false, false);
                var released = EmployerChangeRules.Check(policy, facts2).Decide(EmployerChange.DecisionSubject, change.Id, new { demo = true }, now);
                change.Decided(released, permit, Today, policy.Rules.GetInt("TRANSFER-JOB-SEARCH", "days"), now);
                db.AdmissionDecisions.Add(released);
                db.EmployerChanges.Add(change);
            }
        }
        await SaveBatchAsync(ct);
    }

    /// <summary>
    /// Pre-departure orientation for the nationals going abroad (outbound KAZ workers bound for Russia and Korea):
    /// curricula for RUS, for KOR and one for women domestic workers; sessions held, planned and cancelled;
    /// enrolments with attendance, complete and incomplete; certificates valid, expired and revoked. The demo
    /// agency's workers come first, so its account sees its own. Everything goes through the domain methods.
    /// </summary>
    private async Task SeedOrientationAsync(CancellationToken ct)
    {
        var policy = await db.PolicySets.AsNoTracking().SingleAsync(p => p.Number == 1, ct);
        var months = OrientationCurriculum.DefaultValidityMonths(policy.Rules);
        var percent = OrientationCurriculum.DefaultAttendancePercent(policy.Rules);
        OrientationTopic[] all = Enum.GetValues<OrientationTopic>();
        var russia = new OrientationCurriculum("PDOS-RUS", "Working in the Russian Federation", "Работа в Российской Федерации", "RUS", null,
            OrientationAudience.All, 16, all, months, percent);
        var korea = new OrientationCurriculum("PDOS-KOR-EPS", "Working in Korea under the Employment Permit System", "Работа в Корее по системе разрешений на работу (EPS)",
            "KOR", null, OrientationAudience.All, 24, all, months, percent);
        var domestic = new OrientationCurriculum("PDOS-DW-WOMEN", "Domestic work abroad: a module for women", "Домашний труд за рубежом: модуль для женщин", null, "91",
            OrientationAudience.Women, 8, [OrientationTopic.ContractRights, OrientationTopic.ComplaintChannels, OrientationTopic.HealthAndSafety], months, percent);
        db.OrientationCurricula.AddRange(russia, korea, domestic);

        var demoAgencyId = await db.Users.Where(u => u.Email == $"{Roles.Agency}@demo.corridor").Select(u => u.AgencyId).SingleOrDefaultAsync(ct);
        var outbound = await db.MigrantWorkers.AsNoTracking().Where(w => w.Direction == MigrationDirection.Outbound)
            .OrderBy(w => w.AgencyId == demoAgencyId ? 0 : 1).ThenBy(w => w.Id).ToListAsync(ct);
        var used = new HashSet<Guid>();
        List<MigrantWorker> Pick(OrientationCurriculum c, int n)
        {
            var picked = outbound.Where(w => !used.Contains(w.Id) && c.MisfitFor(w.Sex, w.DestinationCountry, w.OccupationCode) is null).Take(n).ToList();
            used.UnionWith(picked.Select(w => w.Id));
            return picked;
        }
        const string Centre = "Astana migrant resource centre (accredited)";
        // Held sessions: (curriculum, first day, workers, hours each attended; a shortfall leaves the enrolment incomplete).
        var held = new (OrientationCurriculum C, DateOnly Start, int Count, Func<int, int> Hours, string Language)[]
        {
            (russia, Today.AddDays(-200), 6, i => i == 4 ? 10 : 16, "ru"),
            (korea, Today.AddMonths(-14), 3, _ => 24, "kk"),
            (korea, Today.AddDays(-30), 4, i => i == 3 ? 20 : 24, "ru"),
            (domestic, Today.AddDays(-60), 2, _ => 8, "ru"),
        };
        var revoked = false;
        foreach (var (c, start, count, hours, language) in held)
        {
            var session = OrientationSession.CarriedOver(c, Centre, "Astana, Mangilik El 8", false, null, language, start, start.AddDays(c.Hours > 16 ? 2 : 1), 20);
            db.OrientationSessions.Add(session);
            var workers = Pick(c, count);
            var enrolments = workers.Select(w =>
            {
                session.TakeSeat();
                return (Worker: w, Enrolment: new OrientationEnrolment(session, w.Id, $"{Roles.Agency}@demo.corridor", start.AddDays(-14).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc)));
            }).ToList();
            session.MarkHeld(session.EndsOn);
            for (var i = 0; i < enrolments.Count; i++)
            {
                var (w, e) = enrolments[i];
                db.OrientationEnrolments.Add(e);
                if (!e.RecordAttendance(session, c, hours(i))) continue;
                var certificate = new OrientationCertificate(e, c, w.DestinationCountry, session.EndsOn);
                e.Certified(certificate);
                // One certificate of the Russia course was earned by a proxy, found by the biometric check.
                if (!revoked && c == russia && i == 1)
                {
                    certificate.Revoke("Attended by a proxy: the fingerprint check did not match the worker (demo).", Today.AddDays(-100));
                    revoked = true;
                }
                db.OrientationCertificates.Add(certificate);
            }
        }
        // Planned sessions open for enrolment, and one cancelled.
        var plannedRussia = new OrientationSession(russia, Centre, "Almaty, Abay 52", false, null, "ru", Today.AddDays(10), Today.AddDays(11), 25, Today);
        foreach (var w in Pick(russia, 3))
        {
            plannedRussia.TakeSeat();
            db.OrientationEnrolments.Add(new OrientationEnrolment(plannedRussia, w.Id, $"{Roles.Agency}@demo.corridor", clock.GetUtcNow().UtcDateTime));
        }
        var plannedKorea = new OrientationSession(korea, "Shymkent vocational college (accredited)", null, true, null, "kk", Today.AddDays(20), Today.AddDays(22), 30, Today);
        var plannedDomestic = new OrientationSession(domestic, Centre, "Astana, Mangilik El 8", false, null, "ru", Today.AddDays(15), Today.AddDays(15), 12, Today);
        var cancelled = new OrientationSession(russia, "Karaganda employment centre", "Karaganda, Bukhar-Zhyrau 47", false, null, "ru", Today.AddDays(5), Today.AddDays(6), 20, Today);
        cancelled.Cancel("The trainer is unavailable; the workers are moved to the Almaty session (demo).");
        db.OrientationSessions.AddRange(plannedRussia, plannedKorea, plannedDomestic, cancelled);
        await SaveBatchAsync(ct);
    }

    /// <summary>
    /// A closed regularisation window with 60 decided applications (both sexes, UZB/TJK/KGZ, every kind of
    /// refusal) and estimates, so the report shows registration rates; and an open window to apply in.
    /// </summary>
    /// <summary>
    /// Complaints and cases (issue 5): the demo worker's own unpaid-wages case overdue in conciliation
    /// against the demo employer; an anonymous confinement complaint triaged as likely forced labour; an
    /// officer intake triaged as likely trafficking; a settled case paid partly from the agency's escrow and
    /// closed; a decided case part-paid. Built through the domain, so statuses and amounts obey its rules.
    /// </summary>
    private async Task SeedComplaintsAsync(CancellationToken ct)
    {
        var demo = await db.Users.AsNoTracking().SingleAsync(u => u.Email == $"{Roles.Worker}@demo.corridor", ct);
        var worker = demo.WorkerId is { } wid ? await db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == wid, ct) : null;
        var employerId = (await db.Users.AsNoTracking().SingleAsync(u => u.Email == $"{Roles.Employer}@demo.corridor", ct)).EmployerId;
        var agencyId = (await db.Users.AsNoTracking().SingleAsync(u => u.Email == $"{Roles.Agency}@demo.corridor", ct)).AgencyId;
        var employerName = await db.Employers.Where(e => e.Id == employerId).Select(e => e.Name).FirstOrDefaultAsync(ct);
        var agencyName = await db.RecruitmentAgencies.Where(a => a.Id == agencyId).Select(a => a.Name).FirstOrDefaultAsync(ct);
        var others = await db.MigrantWorkers.AsNoTracking().Where(w => w.CurrentEmployerId != null && w.Id != demo.WorkerId)
            .OrderBy(w => w.Id).Take(3).Select(w => new { w.Id, w.CurrentEmployerId, w.AgencyId }).ToListAsync(ct);
        var rule = Corridor.Domain.Protection.ForcedLabourRule.Default;
        var now = clock.GetUtcNow().UtcDateTime;

        (Corridor.Domain.Protection.Complaint, Corridor.Domain.Protection.ProtectionCase) Open(
            Corridor.Domain.Protection.ComplaintChannel channel, string language, Corridor.Domain.Protection.ComplaintCategory[] categories, string narrative,
            Corridor.Domain.Protection.ComplaintParties parties, Guid? workerId, decimal claimed, int daysAgo, bool consent = false)
        {
            var at = now.AddDays(-daysAgo);
            var complaint = new Corridor.Domain.Protection.Complaint(Corridor.Domain.Protection.Complaint.NewTrackingCode(), channel, language, categories,
                narrative, parties, workerId, null, consent, null, at);
            var @case = new Corridor.Domain.Protection.ProtectionCase(PublicNumber.New('K'), Corridor.Domain.Protection.CaseOrigin.Complaint, complaint.Id,
                complaint.Id, complaint.Categories, parties, workerId, claimed, at);
            db.Complaints.Add(complaint);
            db.ProtectionCases.Add(@case);
            return (complaint, @case);
        }

        if (worker is not null)
        {
            var (_, own) = Open(Corridor.Domain.Protection.ComplaintChannel.Portal, "uz", [Corridor.Domain.Protection.ComplaintCategory.UnpaidWages, Corridor.Domain.Protection.ComplaintCategory.LateWages],
                "Wages for two months were not paid; the foreman says the firm has no money.",
                new(worker.CurrentEmployerId, null, worker.AgencyId, null), worker.Id, 420_000, 45);
            own.StartConciliation(Today.AddDays(-40), 30); // deadline passed ten days ago: on the overdue list
        }
        var (_, confined) = Open(Corridor.Domain.Protection.ComplaintChannel.Anonymous, "tg",
            [Corridor.Domain.Protection.ComplaintCategory.Confinement, Corridor.Domain.Protection.ComplaintCategory.DocumentRetention],
            "We are locked in the dormitory at night and our passports are kept in the office.",
            new(null, "Greenhouse complex near Almaty (name not known)", null, null), null, 0, 6);
        confined.RecordTriage(["D3-NOT-ALLOWED-TO-LEAVE", "D3-CONFINED", "D3-DOCUMENTS-RETAINED"], true, rule, now.AddDays(-5));
        if (others.Count > 0)
        {
            var (_, deceived) = Open(Corridor.Domain.Protection.ComplaintChannel.Officer, "ru",
                [Corridor.Domain.Protection.ComplaintCategory.ContractSubstitution, Corridor.Domain.Protection.ComplaintCategory.RecruitmentFees, Corridor.Domain.Protection.ComplaintCategory.Threats],
                "Promised work in a hotel, brought to a brick kiln; told he would be reported to the migration police if he complained.",
                new(others[0].CurrentEmployerId, null, agencyId, agencyName), others[0].Id, 600_000, 3);
            deceived.RecordTriage(["D1-DECEIVED", "D1-RECRUITMENT-DEBT", "D1-THREAT-DENUNCIATION"], true, rule, now.AddDays(-2));
        }
        if (others.Count > 1)
        {
            var (_, settled) = Open(Corridor.Domain.Protection.ComplaintChannel.Portal, "kk", [Corridor.Domain.Protection.ComplaintCategory.RecruitmentFees],
                "The agency charged a placement fee of 150,000 tenge.", new(others[1].CurrentEmployerId, null, agencyId, agencyName), others[1].Id, 150_000, 70, consent: true);
            settled.StartConciliation(Today.AddDays(-65), 30);
            settled.Settle(150_000, "The agency refunds the placement fee in full.");
            settled.RecordPayment(100_000, Corridor.Domain.Protection.PaidFrom.Agency);
            settled.RecordPayment(50_000, Corridor.Domain.Protection.PaidFrom.Escrow);
            settled.Close(null, now.AddDays(-20));
        }
        if (others.Count > 2 && employerId is not null)
        {
            var (_, decided) = Open(Corridor.Domain.Protection.ComplaintChannel.Officer, "uz", [Corridor.Domain.Protection.ComplaintCategory.Underpayment, Corridor.Domain.Protection.ComplaintCategory.ExcessiveHours],
                "Paid below the contract wage for six months; twelve-hour shifts.", new(employerId, employerName, null, null), others[2].Id, 380_000, 130);
            decided.StartConciliation(Today.AddDays(-125), 30);
            decided.Escalate(Today.AddDays(-90), 90);
            decided.Decide(300_000, "Underpayment proven for five months.");
            decided.RecordPayment(200_000, Corridor.Domain.Protection.PaidFrom.Employer);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedRegularisationAsync(List<Employer> employers, CancellationToken ct)
    {
        var random = new Random(2026); // its own sequence, so what was seeded before stays the same
        var policy = await db.PolicySets.AsNoTracking().SingleAsync(p => p.Number == 1, ct);
        var officer = await db.Users.AsNoTracking().SingleAsync(u => u.Email == $"{Roles.PolicyOfficer}@demo.corridor", ct);
        var by = new Officer(officer.Id, officer.Email!);
        var names = ReferenceData.Names().ToLookup(n => (n.Country, n.Sex, n.Kind));
        var closed = new RegularisationWindow($"Regularisation {Today.Year - 1}", Today.AddDays(-150), Today.AddDays(-60), Today.AddDays(-365),
            requireRegisteredEmployer: true, requireNoSeriousCriminalRecord: true,
            [new("UZB", Sex.Male, 60), new("UZB", Sex.Female, 25), new("TJK", Sex.Male, 30), new("TJK", Sex.Female, 12), new("KGZ", Sex.Male, 20)],
            by);
        var open = new RegularisationWindow($"Regularisation {Today.Year}", Today.AddDays(-10), Today.AddDays(80), Today.AddDays(-30),
            requireRegisteredEmployer: false, requireNoSeriousCriminalRecord: true,
            [new("UZB", Sex.Male, 900), new("UZB", Sex.Female, 400), new("TJK", Sex.Male, 500), new("TJK", Sex.Female, 150),
             new("KGZ", Sex.Male, 300), new("KGZ", Sex.Female, 200)], by);
        db.RegularisationWindows.AddRange(closed, open);
        var numbers = new HashSet<string>(await db.MigrantWorkers.Select(w => w.WorkerNumber).ToListAsync(ct));
        string[] origins = ["UZB", "UZB", "UZB", "TJK", "TJK", "KGZ"];
        for (var i = 0; i < 60; i++)
        {
            var country = origins[random.Next(origins.Length)];
            var sex = random.NextDouble() < 0.35 ? Sex.Female : Sex.Male;
            var s = sex == Sex.Female ? "F" : "M";
            var given = names[(country, s, "given")].ElementAt(random.Next(names[(country, s, "given")].Count()));
            var family = names[(country, s, "family")].ElementAt(random.Next(names[(country, s, "family")].Count()));
            var appliedOn = closed.OpensOn.AddDays(random.Next(0, 91));
            // Most qualify; about one in six arrived too late, has no registered employer, or made no declaration.
            var roll = random.Next(12);
            var arrival = roll == 0 ? closed.ArrivedBefore.AddDays(random.Next(1, 100)) : closed.ArrivedBefore.AddDays(-random.Next(1, 900));
            var employer = roll == 1 ? null : employers[random.Next(employers.Count)];
            var registration = roll == 2 ? $"BIN-{random.Next(100000, 999999)}" : employer?.RegistrationNumber;
            var p = new RegularisationParticulars(given.Latin, family.Latin, sex, Today.AddYears(-random.Next(19, 50)).AddDays(-random.Next(365)),
                country, random.Next(3) == 0 ? null : $"D{random.Next(1_000_000, 9_999_999)}{i:00}", arrival, registration, roll != 3);
            var code = RegularisationApplication.NewTrackingCode();
            var at = appliedOn.ToDateTime(new TimeOnly(9 + i % 8, 0), DateTimeKind.Utc);
            var application = new RegularisationApplication(closed.Id, p, code, null, null, at);
            var decision = RegularisationRules.Check(new RuleChecks(policy), closed, appliedOn, p, roll is not (1 or 2))
                .Decide("RegularisationApplication", application.Id, new { window = closed.Id, demo = true }, at);
            MigrantWorker? worker = null;
            if (decision.Outcome == DecisionOutcome.Approved)
            {
                string number;
                do number = PublicNumber.New('W', random); while (!numbers.Add(number));
                worker = new MigrantWorker(number, new WorkerParticulars(p.GivenName, p.FamilyName, sex, p.DateOfBirth, country,
                    p.PassportNumber ?? "REG" + code, country, appliedOn, "9", MigrationDirection.Inbound, null, "ru", null, null), employer?.Id);
                db.MigrantWorkers.Add(worker);
            }
            application.Decided(decision, worker?.Id);
            db.AdmissionDecisions.Add(decision);
            db.RegularisationApplications.Add(application);
        }
        await SaveBatchAsync(ct);
    }

    private static readonly (string Section, int Total, int Released)[] QuotaPlan =
        [("F", 250, 40), ("C", 150, 60), ("G", 120, 48), ("I", 80, 32), ("A", 100, 40)];

    /// <summary>
    /// This year's quotas for construction, manufacturing, trade, hospitality and agriculture with the
    /// policy set's reserve, and round 1 open with more demand than released slots, so the ranking page
    /// shows bonuses, penalties (a fatal accident, wage arrears) and a partly granted request.
    /// </summary>
    private async Task SeedQuotasAsync(List<Employer> employers, CancellationToken ct)
    {
        var random = new Random(2025); // its own sequence, so the registries seeded before stay the same
        var policy = await db.PolicySets.AsNoTracking().SingleAsync(p => p.Number == 1, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var workers = await db.MigrantWorkers.AsNoTracking()
            .Where(w => w.CurrentEmployerId != null && w.Direction == MigrationDirection.Inbound)
            .GroupBy(w => new { w.CurrentEmployerId, w.Citizenship }).Select(g => new { g.Key.CurrentEmployerId, g.Key.Citizenship, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var (section, total, released) in QuotaPlan)
        {
            var quota = new Corridor.Domain.Admission.NationalQuota(Today.Year, section, total,
                Corridor.Domain.Admission.NationalQuota.ReserveFor(total, policy.Rules), policy.Number);
            var round = new Corridor.Domain.Admission.QuotaRound(quota.Id, 1, released, Today.AddDays(-14), Today.AddDays(16), fromReserve: false);
            db.NationalQuotas.Add(quota);
            db.QuotaRounds.Add(round);
            var applicants = employers.Where(e => e.IsicSection == section).OrderByDescending(e => e.NationalEmployees).Take(12).ToList();
            // Penalties worth seeing: a fatal accident and wage arrears at two construction firms.
            if (section == "F" && applicants.Count >= 3)
            {
                db.EmployerFlags.Add(new Corridor.Domain.Admission.EmployerFlag(applicants[0].Id, Corridor.Domain.Admission.EmployerFlagKind.FatalAccident,
                    Today.AddMonths(-5), "Fall from scaffolding; labour inspection report (demo)."));
                db.EmployerFlags.Add(new Corridor.Domain.Admission.EmployerFlag(applicants[2].Id, Corridor.Domain.Admission.EmployerFlagKind.WageArrears,
                    Today.AddMonths(-2), "Two months of wages unpaid to 14 workers (demo)."));
            }
            var demand = released * 3 / 2; // half as many again as the round releases
            for (var i = 0; i < applicants.Count && demand > 0; i++)
            {
                var e = applicants[i];
                var want = Math.Min(demand, i == applicants.Count - 1 ? demand : random.Next(2, Math.Max(3, released * 3 / 2 / Math.Max(1, applicants.Count) * 2)));
                demand -= want;
                var request = new Corridor.Domain.Admission.QuotaRequest(round.Id, e.Id, want, null,
                    housing: random.Next(3) == 0, training: random.Next(2) == 0, safety: random.Next(2) == 0, now.AddHours(-24 * 13 + i * 7));
                var flags = db.EmployerFlags.Local.Where(f => f.EmployerId == e.Id);
                request.Score(Corridor.Domain.Admission.Ranking.Score(policy.Rules, request.Housing, request.Training, request.Safety, flags, Today));
                var byOrigin = workers.Where(w => w.CurrentEmployerId == e.Id).ToDictionary(w => w.Citizenship, w => w.Count);
                var decision = Corridor.Domain.Admission.FirmCeiling.Check(new Corridor.Domain.Admission.RuleChecks(policy),
                        new Corridor.Domain.Admission.FirmWorkforce(section, e.NationalEmployees, byOrigin.Values.Sum(), byOrigin, want, null))
                    .Decide("QuotaRequest", request.Id, new { round = round.Id, demo = true }, now);
                request.Decided(decision);
                db.AdmissionDecisions.Add(decision);
                db.QuotaRequests.Add(request);
            }
        }
        await SaveBatchAsync(ct);
    }

    /// <summary>
    /// Version 1 in force from today (drafted by the policy officer, activated by the admin: maker-checker),
    /// and version 2 open for comment with a trade union's comment awaiting a response.
    /// </summary>
    private async Task SeedPolicyAsync(CancellationToken ct)
    {
        var officer = await db.Users.AsNoTracking().SingleAsync(u => u.Email == $"{Roles.PolicyOfficer}@demo.corridor", ct);
        var checker = await db.Users.AsNoTracking().SingleAsync(u => u.Email == $"{Roles.Admin}@demo.corridor", ct);
        var union = await db.Users.AsNoTracking().SingleAsync(u => u.Email == $"{Roles.SocialPartner}@demo.corridor", ct);
        var now = clock.GetUtcNow().UtcDateTime;

        var first = PolicySet.Draft(1, $"Admission policy {Today.Year}", Today, PolicyRules.Defaults(), new Officer(officer.Id, officer.Email!));
        first.Activate(new Officer(checker.Id, checker.Email!), Today, now, unansweredComments: 0);
        db.PolicySets.Add(first);

        var defaults = PolicyRules.Defaults().Settings.ToDictionary(kv => kv.Key, kv => kv.Value);
        defaults["PERMIT-MIN-WAGE"] = defaults["PERMIT-MIN-WAGE"] with { Values = new Dictionary<string, decimal> { ["minimumMonthlyWage"] = 93_000 } };
        defaults["CEIL-SERVICES"] = defaults["CEIL-SERVICES"] with { Values = new Dictionary<string, decimal> { ["maxForeignSharePercent"] = 30 } };
        // 1 January after the consultation closes: seeded in late December, "next 1 January" would fall
        // inside the comment period and the set could never be activated (rules are not retroactive).
        var closeOn = Today.AddDays(21);
        var effective = new DateOnly(closeOn.Year + 1, 1, 1);
        var second = PolicySet.Draft(2, $"Admission policy {effective.Year} (draft for consultation)", effective,
            new PolicyRules(defaults), new Officer(officer.Id, officer.Email!));
        second.OpenForComment(closeOn, Today, new Officer(officer.Id, officer.Email!));
        db.PolicySets.Add(second);
        db.PolicyComments.Add(new PolicyComment(second.Id, new Officer(union.Id, union.Email!), "Federation of Trade Unions (demo)",
            "We support raising the wage floor for migrant workers to 93,000 KZT. We ask that the job-search period after a change of employer stay at 90 days."));
        await SaveBatchAsync(ct);
    }

    /// <summary>
    /// What workers refer to (org units, employers, agencies), seeded as <see cref="SeedAsync"/> does and in
    /// the same order, so the workers seeded after it are the same; lets bench/Corridor.Benchmarks time
    /// <see cref="SeedWorkersAsync"/> alone.
    /// </summary>
    internal async Task<(List<Employer> Employers, List<RecruitmentAgency> Agencies)> SeedWorkerContextAsync(DemoSize size, CancellationToken ct)
    {
        var districts = await SeedOrgUnitsAsync(ct);
        var employers = await SeedEmployersAsync(size.Employers, districts, ct);
        var agencies = await SeedAgenciesAsync(size.Agencies, districts, ct);
        return (employers, agencies);
    }

    private async Task<List<OrgUnit>> SeedOrgUnitsAsync(CancellationToken ct)
    {
        var byCode = new Dictionary<string, OrgUnit>();
        foreach (var row in ReferenceData.KazakhstanOrgUnits().OrderBy(r => r.Level))
        {
            var unit = new OrgUnit(row.Code, row.NameEn, row.NameRu, row.ParentCode is null ? null : byCode[row.ParentCode]);
            byCode[row.Code] = unit;
            db.OrgUnits.Add(unit);
        }
        await SaveBatchAsync(ct);
        var maxLevel = byCode.Values.Max(u => u.Level);
        return [.. byCode.Values.Where(u => u.Level == maxLevel)];
    }

    // Sector mix of employers of migrant workers: construction, agriculture, manufacturing, trade,
    // hospitality, transport, mining, households, health, other services.
    private static readonly (string Section, int Weight)[] Sectors =
        [("F", 22), ("A", 14), ("C", 16), ("G", 12), ("I", 9), ("H", 7), ("B", 5), ("T", 4), ("Q", 4), ("N", 4), ("S", 3)];

    private static readonly string[] NameParts =
        ["Алтын", "Жол", "Астана", "Дала", "Нур", "Тау", "Сункар", "Береке", "Казына", "Арман", "Самал", "Байтерек", "Кайнар", "Ак Жайык", "Шыгыс", "Ертис", "Каспий", "Алатау", "Жетысу", "Сарыарка"];
    private static readonly string[] NameKinds =
        ["Строй", "Агро", "Транс", "Сервис", "Пром", "Инвест", "Трейд", "Монтаж", "Логистик", "Групп", "Курылыс", "Энерго", "Фуд", "Текстиль"];

    private async Task<List<Employer>> SeedEmployersAsync(int count, List<OrgUnit> districts, CancellationToken ct)
    {
        var list = new List<Employer>(count);
        var numbers = new HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            var section = Pick(Sectors);
            var divisions = ReferenceData.IsicDivisions(section).ToList();
            string number;
            do number = $"{_random.Next(10, 24):00}{_random.Next(1, 13):00}4{_random.NextInt64(0, 10_000_000):0000000}"; while (!numbers.Add(number));
            var name = $"ТОО «{NameParts[_random.Next(NameParts.Length)]} {NameKinds[_random.Next(NameKinds.Length)]}{(i >= NameParts.Length * NameKinds.Length ? " " + (i / (NameParts.Length * NameKinds.Length) + 1) : "")}»";
            var nationals = (int)Math.Round(Math.Exp(_random.NextDouble() * 6.5 + 1.0)); // 3 … 1800, mostly small firms
            var employer = new Employer(number, name, section, divisions[_random.Next(divisions.Count)].Code,
                districts[_random.Next(districts.Count)].Id, nationals,
                $"ул. {NameParts[_random.Next(NameParts.Length)]}, {_random.Next(1, 200)}", $"+7 7{_random.Next(0, 100):00} {_random.Next(100, 1000)} {_random.Next(1000, 10000)}", null);
            list.Add(employer);
            db.Employers.Add(employer);
            if ((i + 1) % BatchSize == 0) await SaveBatchAsync(ct);
        }
        await SaveBatchAsync(ct);
        return list;
    }

    private async Task<List<RecruitmentAgency>> SeedAgenciesAsync(int count, List<OrgUnit> districts, CancellationToken ct)
    {
        // Most agencies are Kazakh (sending nationals abroad); the rest are partner-country agencies.
        string[] countries = ["KAZ", "KAZ", "KAZ", "KAZ", "KAZ", "KAZ", "UZB", "UZB", "TJK", "KGZ"];
        LicenceStatus[] statuses = [LicenceStatus.Licensed, LicenceStatus.Licensed, LicenceStatus.Licensed, LicenceStatus.Licensed, LicenceStatus.Suspended, LicenceStatus.Cancelled, LicenceStatus.Expired, LicenceStatus.Applied];
        var list = new List<RecruitmentAgency>(count);
        for (var i = 0; i < count; i++)
        {
            var country = countries[i % countries.Length];
            var status = i < 14 ? LicenceStatus.Licensed : statuses[i % statuses.Length];
            var validUntil = status == LicenceStatus.Expired ? Today.AddMonths(-_random.Next(1, 12))
                : status == LicenceStatus.Applied ? (DateOnly?)null : Today.AddMonths(_random.Next(3, 48));
            var agency = new RecruitmentAgency($"{country}-RA-{i + 1:0000}",
                $"{NameParts[_random.Next(NameParts.Length)]} {(country == "KAZ" ? "Кадровое агентство" : "Recruitment")} {i + 1}",
                country, status, validUntil, country == "KAZ" ? districts[_random.Next(districts.Count)].Id : null,
                null, $"+{_random.Next(7, 999)} {_random.Next(100, 1000)} {_random.Next(1000, 10000)}", $"office{i + 1}@agency.example");
            list.Add(agency);
            db.RecruitmentAgencies.Add(agency);
        }
        await SaveBatchAsync(ct);
        return list;
    }

    private sealed record Origin(string Country, int Weight, string Language, string PassportPrefix);

    private static readonly Origin[] Origins = [new("UZB", 50, "uz", "FA"), new("TJK", 25, "tg", "A"), new("KGZ", 25, "ky", "AC")];

    // ISCO-08 minor groups typical of migrant work, by sex (women: care, domestic, hospitality, trade).
    private static readonly (string Code, int Weight)[] MenJobs =
        [("711", 20), ("931", 18), ("833", 10), ("832", 6), ("721", 6), ("741", 4), ("611", 8), ("921", 8), ("932", 6), ("512", 4), ("712", 6), ("811", 4)];
    private static readonly (string Code, int Weight)[] WomenJobs =
        [("911", 18), ("512", 12), ("532", 10), ("522", 12), ("941", 8), ("921", 10), ("932", 8), ("222", 4), ("753", 8), ("751", 6), ("911", 4)];

    /// <summary>Seeds <paramref name="count"/> workers in batches; keeps nothing per worker but two small keys, so memory stays flat.</summary>
    public async Task<int> SeedWorkersAsync(int count, List<Employer> employers, List<RecruitmentAgency> agencies,
        Action<double>? progress, CancellationToken ct)
    {
        var names = ReferenceData.Names().ToLookup(n => (n.Country, n.Sex, n.Kind));
        var hosts = employers.Where(e => e.IsicSection is "F" or "A" or "C" or "G" or "I" or "H" or "T" or "Q" or "N").ToList();
        if (hosts.Count == 0) hosts = employers;
        var licensed = agencies.Where(a => a.Status == LicenceStatus.Licensed).ToList();
        var passports = new HashSet<string>(await db.MigrantWorkers.Select(w => w.PassportIssuingCountry + w.PassportNumber).ToListAsync(ct));
        // Random 10-digit numbers collide by the birthday bound (~50 among a million), and the number is unique.
        var numbers = new HashSet<long>((await db.MigrantWorkers.Select(w => w.WorkerNumber).ToListAsync(ct)).Select(NumberKey));
        var agencyPools = licensed.ToLookup(a => a.Country);
        for (var i = 0; i < count; i++)
        {
            var outbound = _random.NextDouble() < 0.15;
            var origin = outbound ? new Origin("KAZ", 0, "kk", "N") : Pick(Origins.Select(o => (o, o.Weight)).ToArray());
            var sex = _random.NextDouble() < 0.4 ? Sex.Female : Sex.Male;
            var s = sex == Sex.Female ? "F" : "M";
            var given = PickName(names[(origin.Country, s, "given")]);
            var family = PickName(names[(origin.Country, s, "family")]);
            var useCyrillic = origin.Country == "KAZ" || _random.NextDouble() < 0.3; // Unicode both ways
            var age = 18 + (int)Math.Min(44, Math.Abs(NextGaussian() * 9 + 12));
            var dob = Today.AddYears(-age).AddDays(-_random.Next(0, 365));
            string passport;
            do passport = origin.PassportPrefix + _random.Next(1_000_000, 9_999_999); while (!passports.Add(string.Concat(origin.Country, passport)));
            var destination = outbound ? (_random.NextDouble() < 0.7 ? "RUS" : "KOR") : null;
            var job = Pick(sex == Sex.Female ? WomenJobs : MenJobs);
            var employer = outbound ? null : hosts[_random.Next(hosts.Count)];
            var agencyPool = agencyPools[origin.Country].ToList();
            var agency = agencyPool.Count > 0 && _random.NextDouble() < 0.6 ? agencyPool[_random.Next(agencyPool.Count)] : null;
            string number;
            do number = PublicNumber.New('W', _random); while (!numbers.Add(NumberKey(number)));
            var worker = new MigrantWorker(number, new WorkerParticulars(
                useCyrillic ? given.Cyrillic : given.Latin, useCyrillic ? family.Cyrillic : family.Latin, sex, dob,
                origin.Country, passport, origin.Country, Today.AddDays(_random.Next(120, 3650)), job,
                outbound ? MigrationDirection.Outbound : MigrationDirection.Inbound, destination,
                _random.NextDouble() < 0.5 ? "ru" : origin.Language, $"+{_random.Next(7, 999)} {_random.Next(10_000_000, 99_999_999)}", null),
                employer?.Id, agency?.Id);
            db.MigrantWorkers.Add(worker);
            if ((i + 1) % BatchSize == 0)
            {
                await SaveBatchAsync(ct);
                progress?.Invoke((i + 1) / (double)count);
            }
        }
        await SaveBatchAsync(ct);
        progress?.Invoke(1);
        return count;
    }

    private static long NumberKey(string workerNumber) => long.Parse(workerNumber.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);

    private async Task SeedJobSeekersAsync(int count, List<OrgUnit> districts, CancellationToken ct)
    {
        var names = ReferenceData.Names().Where(n => n.Country == "KAZ").ToLookup(n => (n.Sex, n.Kind));
        var ids = new HashSet<string>();
        (string Code, int Weight)[] jobs = [("711", 10), ("931", 10), ("833", 8), ("522", 10), ("512", 8), ("911", 6), ("611", 6), ("721", 6), ("411", 6), ("332", 4), ("226", 3), ("251", 3)];
        for (var i = 0; i < count; i++)
        {
            var sex = _random.NextDouble() < 0.48 ? Sex.Female : Sex.Male;
            var s = sex == Sex.Female ? "F" : "M";
            var dob = Today.AddYears(-(18 + _random.Next(0, 45))).AddDays(-_random.Next(0, 365));
            string iin;
            do iin = $"{dob:yyMMdd}{(dob.Year >= 2000 ? (sex == Sex.Male ? 5 : 6) : (sex == Sex.Male ? 3 : 4))}{_random.Next(0, 100000):00000}"; while (!ids.Add(iin));
            db.NationalJobSeekers.Add(new NationalJobSeeker(iin, PickName(names[(s, "given")]).Cyrillic, PickName(names[(s, "family")]).Cyrillic,
                sex, dob, Pick(jobs), districts[_random.Next(districts.Count)].Id, Today.AddDays(-_random.Next(0, 400))));
            if ((i + 1) % BatchSize == 0) await SaveBatchAsync(ct);
        }
        await SaveBatchAsync(ct);
    }

    private async Task<IReadOnlyList<DemoLogin>> SeedUsersAsync(string password, CancellationToken ct)
    {
        var logins = new List<DemoLogin>();
        // The demo employer and agency are the ones with the most workers, so their pages show ownership at work.
        var employerId = await db.MigrantWorkers.Where(w => w.CurrentEmployerId != null).GroupBy(w => w.CurrentEmployerId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefaultAsync(ct);
        var employer = await db.Employers.AsNoTracking().OrderBy(e => e.Id != employerId).ThenBy(e => e.Id).FirstAsync(ct);
        var agencyId = await db.MigrantWorkers.Where(w => w.AgencyId != null).GroupBy(w => w.AgencyId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefaultAsync(ct);
        var agency = await db.RecruitmentAgencies.AsNoTracking().Where(a => a.Status == LicenceStatus.Licensed)
            .OrderBy(a => a.Id != agencyId).ThenBy(a => a.Id).FirstAsync(ct);
        var worker = await db.MigrantWorkers.AsNoTracking().Where(w => w.CurrentEmployerId == employer.Id).OrderBy(w => w.Id).FirstOrDefaultAsync(ct);
        foreach (var role in Roles.All)
        {
            var user = new CorridorUser
            {
                UserName = $"{role}@demo.corridor",
                Email = $"{role}@demo.corridor",
                EmailConfirmed = true,
                DisplayName = role switch
                {
                    Roles.Employer => employer.Name,
                    Roles.Agency => agency.Name,
                    Roles.Worker => worker?.FullName ?? "Demo worker",
                    _ => $"Demo {role.Replace('-', ' ')}",
                },
                EmployerId = role == Roles.Employer ? employer.Id : null,
                AgencyId = role == Roles.Agency ? agency.Id : null,
                WorkerId = role == Roles.Worker ? worker?.Id : null,
            };
            await Check(users.CreateAsync(user, password));
            await Check(users.AddToRoleAsync(user, role));
            logins.Add(new DemoLogin(role, user.Email, user.DisplayName));
        }
        return logins;

        static async Task Check(Task<IdentityResult> pending)
        {
            var r = await pending;
            if (!r.Succeeded) throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
        }
    }

    // Occupations employers of each sector advertise (ISCO-08 minor groups).
    private static readonly Dictionary<string, string[]> SectorJobs = new()
    {
        ["F"] = ["711", "712", "713", "931", "741"], ["A"] = ["611", "612", "921"], ["C"] = ["721", "821", "751"],
        ["G"] = ["522", "523", "933"], ["I"] = ["512", "513", "941"], ["H"] = ["833", "832", "933"], ["B"] = ["811", "931"],
        ["T"] = ["911"], ["Q"] = ["222", "532"], ["N"] = ["911", "962"], ["S"] = ["515", "516"],
    };

    /// <summary>
    /// About forty labour market tests at every stage: just posted, period elapsed without or with an
    /// outcome, certified, and refused because of a layoff, wage arrears or the watchlist (three employers
    /// carry such records). Tests under way began before the demo's "today", so they are entered as
    /// carried over (<see cref="Vacancy.CarriedOver"/>); decisions and certificates go through the same
    /// domain methods as the live system, under policy set 1.
    /// </summary>
    private async Task SeedVacanciesAsync(List<Employer> employers, CancellationToken ct)
    {
        var policy = await db.PolicySets.AsNoTracking().SingleAsync(p => p.Number == 1, ct);
        var demoEmployerId = await db.Users.Where(u => u.Email == $"{Roles.Employer}@demo.corridor").Select(u => u.EmployerId).SingleAsync(ct);
        var demo = employers.First(e => e.Id == demoEmployerId);
        var flagged = employers.Where(e => e.Id != demo.Id).Take(3).ToList();
        string JobFor(Employer e) => SectorJobs.TryGetValue(e.IsicSection, out var jobs) ? jobs[_random.Next(jobs.Length)] : "931";

        var flags = new List<EmployerFlag>();
        var layoffJob = flagged.Count > 0 ? JobFor(flagged[0]) : "931";
        if (flagged.Count > 0) flags.Add(new EmployerFlag(flagged[0].Id, EmployerFlagKind.Layoff, Today.AddMonths(-2), "Nationals laid off when a site closed (demo)", layoffJob, 12));
        if (flagged.Count > 1) flags.Add(new EmployerFlag(flagged[1].Id, EmployerFlagKind.WageArrears, Today.AddDays(-40), "Labour inspection found two months of unpaid wages (demo)"));
        if (flagged.Count > 2) flags.Add(new EmployerFlag(flagged[2].Id, EmployerFlagKind.Watchlist, Today.AddDays(-15), "Placed on the watchlist pending an investigation (demo)"));
        if (flagged.Count > 1)
        {
            var settled = new EmployerFlag(flagged[1].Id, EmployerFlagKind.WageArrears, Today.AddMonths(-8), "Arrears found by the inspection, since paid (demo)");
            settled.Close(Today.AddMonths(-6));
            flags.Add(settled);
        }
        db.EmployerFlags.AddRange(flags);

        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 40; i++)
        {
            var employer = i < 6 ? demo : i - 6 < flagged.Count ? flagged[i - 6] : employers[_random.Next(employers.Count)];
            // 0 just posted, 1 period elapsed without an outcome, 2 outcome recorded, 3 certificate requested.
            var stage = i < 6 ? i % 4 : i - 6 < flagged.Count ? 3 : i % 4;
            var job = i == 6 ? layoffJob : JobFor(employer);
            var terms = new VacancyTerms(job, 1 + _random.Next(0, 8), 100_000 + 5_000 * _random.Next(0, 60), 40 + 2 * _random.Next(0, 3),
                employer.OrgUnitId, Today.AddDays(_random.Next(20, 90)));
            var vacancy = stage == 0
                ? Vacancy.CarriedOver(employer.Id, employer.IsicSection, terms, Today.AddDays(-_random.Next(0, 6)), Today, policy)
                : Vacancy.CarriedOver(employer.Id, employer.IsicSection, terms, Today.AddDays(-_random.Next(15, 40)), Today, policy);
            if (stage >= 2)
            {
                var referrals = _random.Next(0, 6);
                var hires = Math.Min(_random.Next(0, 2), Math.Min(referrals, vacancy.Posts - 1));
                vacancy.RecordOutcome(referrals, Math.Min(referrals, _random.Next(0, referrals + 1) + hires), hires,
                    referrals > hires ? "Referred nationals declined the shift pattern or lacked the required certificate (demo)" : null, Today);
            }
            db.Vacancies.Add(vacancy);
            if (stage == 3)
            {
                var decision = vacancy.CheckForCertificate(policy, flags, Today)
                    .Decide(Vacancy.DecisionSubject, vacancy.Id, new { today = Today, vacancy.Posts, vacancy.Hires, vacancy.AdvertisingFrom, vacancy.AdvertisingDays }, now);
                db.AdmissionDecisions.Add(decision);
                if (decision.Outcome == DecisionOutcome.Approved) vacancy.IssueCertificate(decision, PublicNumber.New('C', _random), Today, policy);
            }
        }
        await SaveBatchAsync(ct);
    }

    /// <summary>
    /// Levy statements for the last three months for every levied employer with inbound workers: most
    /// paid, some partly, and in the oldest month a few unpaid past the grace, so the arrears filter shows
    /// something. The demo country's only policy set in force starts today, so the demo statements cite
    /// set 1. Employers with a demo account always pay in full: their permits must not be blocked.
    /// </summary>
    private async Task SeedLeviesAsync(CancellationToken ct)
    {
        var random = new Random(2026); // its own sequence, so the data seeded before stays the same
        var policy = await db.PolicySets.AsNoTracking().SingleAsync(p => p.Number == 1, ct);
        var rules = policy.Rules;
        var withAccounts = (await db.Users.AsNoTracking().Where(u => u.EmployerId != null).Select(u => u.EmployerId!.Value).ToListAsync(ct)).ToHashSet();
        var workers = await db.MigrantWorkers.AsNoTracking()
            .Where(w => w.Direction == MigrationDirection.Inbound && w.CurrentEmployerId != null)
            .Select(w => new { EmployerId = w.CurrentEmployerId!.Value, w.OccupationCode }).ToListAsync(ct);
        var byEmployer = workers.GroupBy(w => w.EmployerId).ToDictionary(g => g.Key, g => g.Select(w => ReferenceData.SkillLevel(w.OccupationCode)).ToList());
        var ids = byEmployer.Keys.ToList();
        var employers = await db.Employers.AsNoTracking().Where(e => ids.Contains(e.Id)).OrderBy(e => e.RegistrationNumber)
            .Select(e => new { e.Id, e.IsicSection, e.NationalEmployees }).ToListAsync(ct);
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var back = 3; back >= 1; back--)
        {
            var period = thisMonth.AddMonths(-back);
            foreach (var e in employers)
            {
                if (LevyCalculator.Assess(rules, FirmCeiling.KindOf(e.IsicSection), e.NationalEmployees, byEmployer[e.Id]) is not { } assessment)
                    continue;
                var statement = new LevyStatement(e.Id, period, assessment, policy.Number, now);
                db.LevyStatements.Add(statement);
                var roll = random.Next(100);
                // Older months are mostly settled; the last month has only just been levied.
                var (paidShare, partShare) = back switch { 3 => (85, 7), 2 => (70, 10), _ => (40, 10) };
                var full = withAccounts.Contains(e.Id) || roll < paidShare;
                if (!full && roll >= paidShare + partShare) continue;
                var paidOn = period.AddMonths(1).AddDays(random.Next(25));
                if (paidOn > Today) paidOn = Today;
                var amount = full ? statement.Total : decimal.Round(statement.Total / 2, 2);
                if (amount > 0) db.LevyPayments.Add(statement.Pay(amount, paidOn, $"KZ-LEVY-{random.Next(100_000, 999_999)}", "fund-officer@demo.corridor"));
            }
        }
        await SaveBatchAsync(ct);
    }

    /// <summary>
    /// Employment contracts (issue 4, CONTRACTS): the dated minimum wages of the destinations (KAZ, RUS, KOR) with their
    /// sources, and contracts in every status. The demo agency's contracts with foreign employers: a draft, one
    /// submitted with a failing clause (a recruitment fee deducted), one returned, one signed, one registered at
    /// destination with a lowered wage and a removed rest day (a substitution case is open), and one superseded by an
    /// approved, better amendment. The demo employer's: the demo worker's approved contract awaiting signature, and a
    /// submitted one that passes. Everything goes through the domain's checks and state machine.
    /// </summary>
    private async Task SeedEmploymentContractsAsync(CancellationToken ct)
    {
        WageBenchmark[] wages =
        [
            new("KAZ", null, 85_000, "KZT", 1, new DateOnly(2025, 1, 1), "Law of the Republic of Kazakhstan on the republican budget for 2025–2027: minimum monthly wage 85,000 KZT from 1 January 2025"),
            new("RUS", null, 22_440, "RUB", 6.4m, new DateOnly(2025, 1, 1), "Federal Law of 29.10.2024 No. 365-FZ: minimum wage (MROT) 22,440 RUB a month from 1 January 2025"),
            new("RUS", null, 27_093, "RUB", 6.4m, new DateOnly(2026, 1, 1), "Federal law on the minimum wage (MROT) from 1 January 2026: 27,093 RUB a month"),
            new("KOR", null, 2_096_270, "KRW", 0.37m, new DateOnly(2025, 1, 1), "Minimum Wage Act (Korea), 2025 rate: 10,030 KRW an hour × 209 hours = 2,096,270 KRW a month"),
            new("KOR", null, 2_156_880, "KRW", 0.37m, new DateOnly(2026, 1, 1), "Minimum Wage Act (Korea), 2026 rate: 10,320 KRW an hour × 209 hours = 2,156,880 KRW a month"),
            new("KAZ", "911", 120_000, "KZT", 1, new DateOnly(2025, 1, 1), "Demo figure: nationals' average monthly wage, domestic cleaners and helpers (ISCO 911)"),
        ];
        db.WageBenchmarks.AddRange(wages);
        var rules = (await db.PolicySets.AsNoTracking().SingleAsync(p => p.Number == 1, ct)).Rules;
        var now = clock.GetUtcNow().UtcDateTime;
        var agencyId = await db.Users.Where(u => u.Email == $"{Roles.Agency}@demo.corridor").Select(u => u.AgencyId).SingleAsync(ct);
        var employerId = await db.Users.Where(u => u.Email == $"{Roles.Employer}@demo.corridor").Select(u => u.EmployerId).SingleAsync(ct);
        var demoWorkerId = await db.Users.Where(u => u.Email == $"{Roles.Worker}@demo.corridor").Select(u => u.WorkerId).SingleAsync(ct);
        var agencyWorkers = await db.MigrantWorkers.AsNoTracking().Where(w => w.AgencyId == agencyId).OrderBy(w => w.Direction).ThenBy(w => w.Id).ToListAsync(ct);
        var employerWorkers = await db.MigrantWorkers.AsNoTracking().Where(w => w.CurrentEmployerId == employerId)
            .OrderBy(w => w.Id != demoWorkerId).ThenBy(w => w.Id).Take(2).ToListAsync(ct);
        var officer = $"{Roles.RecruitmentRegulator}@demo.corridor";

        ContractTerms Terms(string destination, string language) => new()
        {
            EmployerAddress = destination switch { "KOR" => "15 Sandan-ro, Ansan, Gyeonggi-do", "RUS" => "ul. Promyshlennaya 7, Yekaterinburg", _ => "Abay Ave 10, Almaty" },
            WorkplaceAddress = destination switch { "KOR" => "Plant 2, Banwol industrial complex, Ansan", "RUS" => "Construction site, Akademicheskiy district, Yekaterinburg", _ => "Employer's premises, Almaty" },
            JobDescription = destination switch { "KOR" => "Machine operator on a production line", "RUS" => "Bricklayer on residential construction", _ => "Cleaning and household work" },
            Wage = destination switch { "KOR" => 2_300_000, "RUS" => 65_000, _ => 150_000 },
            Currency = destination switch { "KOR" => "KRW", "RUS" => "RUB", _ => "KZT" },
            WagePeriod = WagePeriod.Monthly,
            Accommodation = BenefitProvision.Provided,
            Food = destination == "KOR" ? BenefitProvision.Allowance : BenefitProvision.Provided,
            FoodAllowance = destination == "KOR" ? 150_000 : 0,
            HoursPerDay = 8, HoursPerWeek = 40, DailyRestHours = 12, RestDaysPerWeek = 2, WeeklyRestHours = 48,
            PaidLeaveDays = 24, OvertimeRatePercent = 150,
            TransportToJobsite = CostBearer.Employer, ReturnTravel = CostBearer.Employer,
            InsuranceByEmployer = true, InsuranceCover = "Health and industrial accident insurance", MedicalCareByEmployer = true,
            ProbationDays = 30, NoticeDays = 30,
            TerminationTerms = "Either party may end the contract with 30 days' written notice; the employer only for a just cause stated in writing.",
            DisputeSettlement = "Conciliation through the labour attaché; then the labour inspectorate or the court of the place of work.",
            WorkerLanguage = language is "en" ? "en" : "ru",
        };
        ContractParticulars Abroad(MigrantWorker w, int i, Func<ContractTerms, ContractTerms>? change = null)
        {
            var destination = w.DestinationCountry is "KOR" ? "KOR" : "RUS";
            var terms = Terms(destination, w.PreferredLanguage);
            return new ContractParticulars(ContractTemplate.GeneralWorker, agencyId, null,
                destination == "KOR" ? "Hanil Precision Co., Ltd." : "OOO StroyMontazh-Ural", destination, null, null,
                destination == "KOR" ? "818" : "711", destination, Today.AddMonths(1).AddDays(i), Today.AddMonths(37).AddDays(i), change?.Invoke(terms) ?? terms);
        }
        IReadOnlyList<ContractFinding> Check(ContractParticulars p)
        {
            var host = WageBenchmark.InForce(wages, p.DestinationCountry, null, Today);
            var nationals = WageBenchmark.InForce(wages, p.DestinationCountry, p.OccupationCode, Today);
            return ContractStandards.Check(rules, new ContractCheckFacts(p, host, nationals, ["en", "ru"]));
        }
        EmploymentContract Submitted(Guid workerId, ContractParticulars p)
        {
            var c = new EmploymentContract(workerId, p, now.AddDays(-3));
            c.Submit(Check(p), 1, now.AddDays(-2));
            db.EmploymentContracts.Add(c);
            return c;
        }

        if (agencyId is not null && agencyWorkers.Count > 0)
        {
            MigrantWorker W(int i) => agencyWorkers[i % agencyWorkers.Count];
            db.EmploymentContracts.Add(new EmploymentContract(W(0).Id, Abroad(W(0), 0), now.AddDays(-1)));
            Submitted(W(1).Id, Abroad(W(1), 1, t => t with { Deductions = [new(DeductionKind.RecruitmentFee, t.Wage / 4)] }));
            var returned = Submitted(W(2).Id, Abroad(W(2), 2, t => t with { ReturnTravel = CostBearer.Worker }));
            returned.Return(officer, "The employer pays the return travel (CONTRACT-RETURN-TRAVEL). Change the clause and submit again.", now.AddDays(-1));

            var signed = Submitted(W(3).Id, Abroad(W(3), 3));
            signed.Approve(officer, null, now.AddDays(-2));
            signed.Sign(SignatureMethod.Paper, officer, signed.Terms.WorkerLanguage, now.AddDays(-1));

            var registered = Submitted(W(4).Id, Abroad(W(4), 4));
            registered.Approve(officer, null, now.AddDays(-2));
            registered.Sign(SignatureMethod.Paper, officer, registered.Terms.WorkerLanguage, now.AddDays(-2));
            var atDestination = registered.Particulars with
            {
                Terms = registered.Terms with { Wage = registered.Terms.Wage * 0.8m, RestDaysPerWeek = 1, WeeklyRestHours = 24 },
            };
            var copy = registered.RegisterDestinationCopy(atDestination, $"{Roles.Partner}@demo.corridor", now.AddDays(-1));
            var changes = ContractComparison.Compare(registered.Particulars, copy.Particulars);
            var opened = new ViolationCase(ViolationKind.ContractSubstitution, copy.AgencyId, copy.EmployerId, copy.WorkerId, nameof(EmploymentContract), copy.Id,
                "CONTRACT-SUBSTITUTION", $"Contract {copy.Number} version {copy.VersionNumber} (registered at destination) is worse for the worker than version {registered.VersionNumber}:\n"
                + ContractComparison.Describe(changes), now.AddDays(-1));
            db.ViolationCases.Add(opened);
            copy.Compared(true, opened.Id);
            db.EmploymentContracts.Add(copy);

            var amended = Submitted(W(5).Id, Abroad(W(5), 5));
            amended.Approve(officer, null, now.AddDays(-2));
            var amendment = amended.Amend(amended.Particulars with { Terms = amended.Terms with { Wage = amended.Terms.Wage * 1.1m } }, now.AddDays(-1));
            amendment.Submit(Check(amendment.Particulars), 1, now.AddDays(-1));
            amendment.Compared(false, null);
            amendment.Approve(officer, "A wage rise agreed by the employer (demo).", now);
            amended.SupersededBy(amendment);
            db.EmploymentContracts.Add(amendment);
        }
        foreach (var (w, i) in employerWorkers.Select((w, i) => (w, i)))
        {
            var p = new ContractParticulars(w.OccupationCode.StartsWith("911") ? ContractTemplate.DomesticWorker : ContractTemplate.GeneralWorker,
                null, employerId, null, null, null, null, w.OccupationCode, "KAZ",
                Today.AddDays(14 + i), Today.AddYears(1).AddDays(14 + i), Terms("KAZ", w.PreferredLanguage));
            var c = Submitted(w.Id, p);
            // The demo worker's contract waits for their signature on the worker portal; the other waits for review.
            if (i == 0 && !c.HasFailingMandatoryFinding) c.Approve(officer, null, now.AddDays(-1));
        }
        await SaveBatchAsync(ct);
    }

    /// <summary>
    /// Recruitment fees (issue 4): a fee-cap exception for the Republic of Korea and an ended one, and amounts of the
    /// demo agency checked through the same code as the app, so every finding shows: within the cap, over it (a worker's
    /// declaration contradicting the receipt), where the cap is zero (one case closed with an outcome), needing the wage;
    /// the demo worker's own declaration opens a case the agency sees without the worker's name.
    /// </summary>
    private async Task SeedRecruitmentFeesAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.FeeCapExceptions.Add(new Corridor.Domain.Recruitment.FeeCapException("KOR", "", 1, Today.AddYears(-1), null,
            "Order of the recruitment regulator No. 12 (demo): one month's basic wage, EPS workers to the Republic of Korea", $"{Roles.RecruitmentRegulator}@demo.corridor"));
        db.FeeCapExceptions.Add(new Corridor.Domain.Recruitment.FeeCapException("ARE", "", 0.5m, Today.AddYears(-2), Today.AddYears(-1).AddDays(-1),
            "Order of the recruitment regulator No. 3 (demo), ended", $"{Roles.RecruitmentRegulator}@demo.corridor"));
        await SaveBatchAsync(ct);
        var agencyId = await db.Users.Where(u => u.Email == $"{Roles.Agency}@demo.corridor").Select(u => u.AgencyId).SingleAsync(ct);
        if (agencyId is not { } agency) return;
        var outbound = await db.MigrantWorkers.Where(w => w.Direction == MigrationDirection.Outbound)
            .OrderBy(w => w.AgencyId == agency ? 0 : 1).ThenBy(w => w.Id).Take(20).ToListAsync(ct);
        var korea = outbound.Where(w => w.DestinationCountry == "KOR").ToList();
        var elsewhere = outbound.Where(w => w.DestinationCountry != "KOR").ToList();
        var picked = new[] { korea.ElementAtOrDefault(0), elsewhere.ElementAtOrDefault(0), korea.ElementAtOrDefault(1) };
        foreach (var w in picked.OfType<MigrantWorker>().Where(w => w.AgencyId is null)) w.AssignTo(w.CurrentEmployerId, agency);
        await SaveBatchAsync(ct);
        const string agencyName = $"{Roles.Agency}@demo.corridor";

        async Task<Corridor.Domain.Recruitment.RecruitmentCost> Add(MigrantWorker w, string category, decimal amount, string currency, int daysAgo,
            Corridor.Domain.Recruitment.CostSource source, string by, decimal? wage = null, string? wageCurrency = null, string? destination = null)
        {
            var cost = new Corridor.Domain.Recruitment.RecruitmentCost(w.Id, agency, null, destination ?? w.DestinationCountry ?? "KOR", w.OccupationCode, category,
                amount, currency, Today.AddDays(-daysAgo), source == Corridor.Domain.Recruitment.CostSource.Agency ? $"RCPT-{_random.Next(10_000, 99_999)}" : null,
                source, by, Today, wage, wageCurrency);
            await Corridor.Web.Features.Recruitment.Fees.RecordRecruitmentCost.SaveAsync(db, cost, now, ct);
            db.ChangeTracker.Clear();
            return cost;
        }

        if (picked[0] is { } first)
        {
            await Add(first, "RECRUITMENT_FEE", 1_500_000, "KRW", 60, Corridor.Domain.Recruitment.CostSource.Agency, agencyName, 2_100_000, "KRW");
            await Add(first, "MEDICAL", 80_000, "KRW", 58, Corridor.Domain.Recruitment.CostSource.Agency, agencyName);
            await Add(first, "RECRUITMENT_FEE", 2_600_000, "KRW", 60, Corridor.Domain.Recruitment.CostSource.WorkerDeclaration, "worker (demo declaration)");
            db.FirstMonthEarnings.Add(new Corridor.Domain.Recruitment.FirstMonthEarnings(first.Id, new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1),
                2_150_000, "KRW", Corridor.Domain.Recruitment.EarningsSource.Agency, agencyName, Today));
        }
        if (picked[1] is { } second)
        {
            var cost = await Add(second, "MEDICAL", 25_000, "KZT", 40, Corridor.Domain.Recruitment.CostSource.Agency, agencyName);
            var closed = await db.ViolationCases.SingleAsync(c => c.Id == cost.ViolationCaseId, ct);
            closed.Close($"{Roles.RecruitmentRegulator}@demo.corridor", "The agency refunded 25,000 KZT to the worker; warning entered on the licence (demo).", now);
            db.FirstMonthEarnings.Add(new Corridor.Domain.Recruitment.FirstMonthEarnings(second.Id, new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1),
                180_000, "RUB", Corridor.Domain.Recruitment.EarningsSource.WorkerDeclaration, "worker (demo declaration)", Today));
            await SaveBatchAsync(ct);
        }
        if (picked[2] is { } third)
            await Add(third, "TRAINING", 300_000, "KRW", 20, Corridor.Domain.Recruitment.CostSource.Agency, agencyName); // no wage given: the check needs it
        var demoWorker = await db.Users.Where(u => u.Email == $"{Roles.Worker}@demo.corridor").Select(u => u.WorkerId).SingleOrDefaultAsync(ct);
        if (demoWorker is { } workerId && await db.MigrantWorkers.AsNoTracking().SingleAsync(w => w.Id == workerId, ct) is { } me)
            await Add(me, "TRAVEL_LODGING", 300, "USD", 90, Corridor.Domain.Recruitment.CostSource.WorkerDeclaration, $"{Roles.Worker}@demo.corridor",
                destination: me.DestinationCountry ?? "KAZ");
    }

    /// <summary>
    /// The payroll of each month the escalation ladder looks back at, for every worker whose permit was active in it,
    /// filed through the real import (so it is validated, stored and reconciled like any file): contract wages paid;
    /// in last month's file one deduction for a recruitment fee, one late payment when the month is long enough past, and a better-paid national in the same occupation, so the
    /// demo shows alerts, equal treatment and the compliance page.
    /// </summary>
    private async Task SeedPayrollAsync(CancellationToken ct)
    {
        if (payroll is not { } import) return;
        // Every month the escalation ladder looks back at is filed, so the demo employers are not suspended for months
        // the demo never paid; only last month's file carries the deliberate problems.
        for (var k = Corridor.Web.Features.Protection.Payroll.WageEscalationJob.MonthsBack; k >= 1; k--)
            await SeedPayrollMonthAsync(import, new DateOnly(Today.Year, Today.Month, 1).AddMonths(-k), problems: k == 1, ct);
    }

    private async Task SeedPayrollMonthAsync(Corridor.Web.Features.Protection.Payroll.PayrollImport import, DateOnly period, bool problems,
        CancellationToken ct)
    {
        var last = period.AddMonths(1).AddDays(-1);
        var active = await db.WorkPermits.AsNoTracking()
            .Where(p => p.ActivatedOn != null && p.ActivatedOn <= last && p.ValidUntil >= period && (p.EndedOn == null || p.EndedOn >= period))
            .Join(db.WorkPermitApplications, p => p.ApplicationId, a => a.Id, (p, a) => new { p.EmployerId, p.WorkerId, a.MonthlyWage, a.OccupationCode })
            .Join(db.MigrantWorkers, x => x.WorkerId, w => w.Id, (x, w) => new { x.EmployerId, x.MonthlyWage, x.OccupationCode, w.WorkerNumber })
            .Join(db.Employers, x => x.EmployerId, e => e.Id, (x, e) => new { x.MonthlyWage, x.OccupationCode, x.WorkerNumber, e.RegistrationNumber })
            .OrderBy(x => x.WorkerNumber).ToListAsync(ct);
        if (active.Count == 0) return;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var csv = new System.Text.StringBuilder(Corridor.Web.Features.Protection.Payroll.PayrollFile.HeaderLine).Append('\n');
        var onTime = (last.AddDays(5) < Today ? last.AddDays(5) : Today).ToString("yyyy-MM-dd", inv);
        for (var i = 0; i < active.Count; i++)
        {
            var a = active[i];
            var basic = decimal.Round(a.MonthlyWage, 2);
            var tax = decimal.Round(basic * 0.1m, 2);
            var fee = problems && i == 1 ? 15_000m : 0m;
            var paid = problems && i == 2 && last.AddDays(20) <= Today ? last.AddDays(20).ToString("yyyy-MM-dd", inv) : onTime;
            csv.Append(inv, $"{a.RegistrationNumber},{a.WorkerNumber},,{a.OccupationCode},{period:yyyy-MM},{basic},,,,,,,tax,{tax},")
                .Append(fee > 0 ? $"recruitment_fee,{fee.ToString(inv)}," : ",,")
                .Append(inv, $",,{basic - tax - fee},KZT,{paid},bank,KZ{_random.NextInt64(10_000_000_000, 99_999_999_999)}\n");
        }
        var first = active[0];
        var national = decimal.Round(first.MonthlyWage * 1.2m, 2);
        csv.Append(inv, $"{first.RegistrationNumber},,900101300{_random.Next(100, 999)},{first.OccupationCode},{period:yyyy-MM},{national},,,,,,,,,,,,,{national},KZT,{onTime},bank,\n");
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv.ToString()));
        var result = await import.ImportAsync(stream, $"demo-payroll-{period:yyyy-MM}.csv", Corridor.Web.Features.Protection.Payroll.PayrollSubmitter.Officer("demo"), ct);
        if (!result.Stored) throw new InvalidOperationException("The demo payroll file was refused: " + string.Join("; ", result.Errors.Take(3)));
        db.ChangeTracker.Clear();
    }

    private async Task SaveBatchAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear(); // keeps memory flat however many records are seeded
    }

    private T Pick<T>((T Item, int Weight)[] items)
    {
        var roll = _random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if (roll < weight) return item;
            roll -= weight;
        }
        return items[^1].Item;
    }

    private PersonName PickName(IEnumerable<PersonName> names)
    {
        var list = names as IList<PersonName> ?? [.. names];
        return list[_random.Next(list.Count)];
    }

    private double NextGaussian() =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - _random.NextDouble())) * Math.Sin(2.0 * Math.PI * _random.NextDouble());

    /// <summary>
    /// Complaint signals, a recorded inspection with a wage-arrears finding and a fine, a planned follow-up, a
    /// permit debarment of an employer and a deployment debarment of an agency (both on the public watchlist),
    /// then the risk scores as the daily job computes them. Only for a country big enough that the records
    /// touch no employer the small test countries rely on (the demo employer is never chosen).
    /// </summary>
    private async Task SeedInspectionsAsync(List<Employer> employers, List<RecruitmentAgency> agencies, CancellationToken ct)
    {
        if (employers.Count <= 10) return;
        var demoEmployerId = await db.Users.Where(u => u.Email == $"{Roles.Employer}@demo.corridor").Select(u => u.EmployerId).SingleAsync(ct);
        var flagged = await db.EmployerFlags.Select(f => f.EmployerId).Distinct().ToListAsync(ct);
        var permitHolders = await db.WorkPermitApplications.Select(a => a.EmployerId).Distinct().ToListAsync(ct);
        var pool = employers.Where(e => e.Id != demoEmployerId && !flagged.Contains(e.Id) && !permitHolders.Contains(e.Id))
            .OrderBy(e => e.RegistrationNumber).ToList();
        if (pool.Count < 8) return;
        for (var i = 0; i < 6; i++)
            db.RiskSignals.Add(new Corridor.Domain.Protection.RiskSignal(pool[i].Id, Corridor.Domain.Protection.RiskSignalKind.Complaint,
                Today.AddDays(-10 * (i + 1)), 6 - i, "Ministry hotline (demo)"));
        db.RiskSignals.Add(new Corridor.Domain.Protection.RiskSignal(pool[1].Id, Corridor.Domain.Protection.RiskSignalKind.WageAlert,
            Today.AddDays(-5), 2, "Wage protection reconciliation (demo)"));

        var visited = pool[0];
        var inspection = new Corridor.Domain.Protection.Inspection(PublicNumber.New('I', _random), visited.Id, Today.AddDays(-21), "Demo inspector");
        inspection.Record(Today.AddDays(-20), "Demo inspector", "Site and workers' housing visited; payroll records checked (demo).", Today.AddMonths(1), Today);
        db.Inspections.Add(inspection);
        var arrears = new Corridor.Domain.Protection.InspectionFinding(inspection.Id, visited.Id, Corridor.Domain.Protection.Violations.WageArrears,
            Corridor.Domain.Protection.FindingSeverity.Serious, 8, 2_400_000m, "Two months of wages unpaid (demo)", Today.AddDays(-20));
        var flag = new EmployerFlag(visited.Id, EmployerFlagKind.WageArrears, Today.AddDays(-20), $"Inspection {inspection.Number}: wages owed 2400000", count: 8);
        arrears.LinkFlag(flag.Id);
        db.EmployerFlags.Add(flag);
        db.InspectionFindings.Add(arrears);
        db.InspectionFindings.Add(new Corridor.Domain.Protection.InspectionFinding(inspection.Id, visited.Id, "DOCUMENT-RETENTION",
            Corridor.Domain.Protection.FindingSeverity.Critical, 3, null, "Passports kept in the site office (demo)", Today.AddDays(-20)));
        db.Sanctions.Add(new Corridor.Domain.Protection.Sanction(Corridor.Domain.Protection.SanctionParty.Employer, visited.Id,
            Corridor.Domain.Protection.SanctionKind.Fine, Today.AddDays(-20), null, 500_000m, inspection.Number, "Wage arrears and retained passports (demo)", inspection.Id));
        db.Inspections.Add(new Corridor.Domain.Protection.Inspection(PublicNumber.New('I', _random), visited.Id, Today.AddMonths(1), "Demo inspector", inspection.Id));
        db.Inspections.Add(new Corridor.Domain.Protection.Inspection(PublicNumber.New('I', _random), pool[2].Id, Today.AddDays(7), "Demo inspector"));

        var debarred = new Corridor.Domain.Protection.Sanction(Corridor.Domain.Protection.SanctionParty.Employer, pool[3].Id,
            Corridor.Domain.Protection.SanctionKind.DebarmentPermits, Today.AddDays(-30), 6, null, "DEC-2026-041", "Forced overtime and retained passports found on two inspections (demo)",
            internalNote: "Complainants' names are in case file 41 (demo)");
        if (Corridor.Web.Features.Protection.Inspections.ImposeSanction.OpenWatchlistFlag(debarred) is { } watch) db.EmployerFlags.Add(watch);
        db.Sanctions.Add(debarred);
        if (agencies.FirstOrDefault(a => a.Status != LicenceStatus.Licensed) is { } agency)
            db.Sanctions.Add(new Corridor.Domain.Protection.Sanction(Corridor.Domain.Protection.SanctionParty.Agency, agency.Id,
                Corridor.Domain.Protection.SanctionKind.DebarmentDeployments, Today.AddDays(-60), 12, null, "DEC-2026-017", "Recruitment fees charged to workers (demo)"));
        await db.SaveChangesAsync(ct);

        // The scores as the daily job would compute them today, so the plan is not empty before the first run.
        await new Corridor.Web.Features.Protection.Inspections.RiskScoresJob(db, new Corridor.Web.Features.Protection.Inspections.RiskInputs(db)).RunAsync(Today, ct);
    }

    // ---- Issue 6: remittance price catalogue and SDG 10.7.1 (demo figures) ----------------------------------------

    /// <summary>
    /// A remittance price catalogue for the demo country's corridors (workers here sending to Uzbekistan, Tajikistan and
    /// Kyrgyzstan; nationals in Russia and Korea sending home), this quarter and, for Kazakhstan → Uzbekistan, the
    /// quarter before. DEMO FIGURES: invented providers and prices, marked as such in the catalogue's source and on the
    /// public page. One corridor has no service qualifying for SmaRT, one is above 5 %. Then workers' declared costs and
    /// first-month earnings, so the SDG 10.7.1 page shows every variant: workers who paid nothing, workers who paid, and
    /// one whose cost and earnings currencies differ. Uses its own random source so the steps before it stay as they were.
    /// </summary>
    private async Task SeedRemittancesAsync(CancellationToken ct)
    {
        const string by = "analyst@demo.corridor";
        var quarter = $"{Today.Year}_{(Today.Month - 1) / 3 + 1}Q";
        var previousDay = Today.AddMonths(-3);
        var previous = $"{previousDay.Year}_{(previousDay.Month - 1) / 3 + 1}Q";
        var source = Corridor.Web.Features.Remittances.RemittanceText.DemoSource + " (not collected prices)";
        // (corridor, currencies, interbank, USD 200 and 500 in the sending currency)
        var corridors = new (string From, string To, string Cur, string RecvCur, decimal Interbank, decimal A200, decimal A500)[]
        {
            ("KAZ", "UZB", "KZT", "UZS", 24.42m, 104_000, 260_000),
            ("KAZ", "TJK", "KZT", "TJS", 0.02096m, 104_000, 260_000),
            ("KAZ", "KGZ", "KZT", "KGS", 0.1681m, 104_000, 260_000),
            ("RUS", "KAZ", "RUB", "KZT", 6.5m, 16_000, 40_000),
            ("KOR", "KAZ", "KRW", "KZT", 0.3714m, 280_000, 700_000),
        };
        var T = Corridor.Domain.Remittances.RemittanceProviderType.MoneyTransferOperator;
        var B = Corridor.Domain.Remittances.RemittanceProviderType.Bank;
        var P = Corridor.Domain.Remittances.RemittanceProviderType.PostOffice;
        var M = Corridor.Domain.Remittances.RemittanceProviderType.MobileOperator;
        // (corridor index, provider, type, fee 200, rate 200, fee 500, rate 500, speed, access point, transparent)
        var prices = new (int C, string Provider, Corridor.Domain.Remittances.RemittanceProviderType Type, decimal F2, decimal R2, decimal F5, decimal R5,
            Corridor.Domain.Remittances.TransferSpeed Speed, string Access, bool Transparent)[]
        {
            (0, "Silk Road Money", T, 0, 24.00m, 0, 24.10m, Corridor.Domain.Remittances.TransferSpeed.SameDay, "Agent", true),
            (0, "Steppe Bank", B, 1_500, 24.30m, 2_500, 24.30m, Corridor.Domain.Remittances.TransferSpeed.NextDay, "Branch", true),
            (0, "Tez Pay", M, 1_000, 24.20m, 2_000, 24.25m, Corridor.Domain.Remittances.TransferSpeed.LessThanOneHour, "Mobile app", true),
            (0, "National Post", P, 2_600, 23.90m, 5_200, 23.90m, Corridor.Domain.Remittances.TransferSpeed.ThreeToFiveDays, "Post office", true),
            (0, "GlobalSend", T, 3_120, 23.69m, 6_000, 23.80m, Corridor.Domain.Remittances.TransferSpeed.LessThanOneHour, "Agent", false),
            (1, "Silk Road Money", T, 0, 0.0205m, 0, 0.02055m, Corridor.Domain.Remittances.TransferSpeed.SameDay, "Agent", true),
            (1, "Steppe Bank", B, 2_000, 0.02075m, 3_000, 0.02075m, Corridor.Domain.Remittances.TransferSpeed.NextDay, "Branch", true),
            (1, "National Post", P, 3_120, 0.0203m, 6_500, 0.0203m, Corridor.Domain.Remittances.TransferSpeed.ThreeToFiveDays, "Post office", true),
            (1, "GlobalSend", T, 4_160, 0.0201m, 7_800, 0.0202m, Corridor.Domain.Remittances.TransferSpeed.LessThanOneHour, "Agent", true),
            (2, "Silk Road Money", T, 0, 0.1655m, 0, 0.1658m, Corridor.Domain.Remittances.TransferSpeed.SameDay, "Agent", true),
            (2, "Tez Pay", M, 520, 0.1668m, 1_000, 0.1669m, Corridor.Domain.Remittances.TransferSpeed.LessThanOneHour, "Mobile app", true),
            (2, "Steppe Bank", B, 1_500, 0.1670m, 2_500, 0.1670m, Corridor.Domain.Remittances.TransferSpeed.NextDay, "Branch", true),
            (3, "Volga Transfer", T, 160, 6.30m, 400, 6.32m, Corridor.Domain.Remittances.TransferSpeed.SameDay, "Agent", true),
            (3, "Baikal Bank", B, 0, 6.15m, 0, 6.15m, Corridor.Domain.Remittances.TransferSpeed.TwoDays, "Online", true),
            (3, "Russian Post", P, 480, 6.20m, 1_200, 6.20m, Corridor.Domain.Remittances.TransferSpeed.SixDaysOrMore, "Post office", true),
            (4, "Han River Bank", B, 15_000, 0.3600m, 20_000, 0.3610m, Corridor.Domain.Remittances.TransferSpeed.TwoDays, "Branch", false),
            (4, "Seoul Remit", T, 10_000, 0.3620m, 12_000, 0.3630m, Corridor.Domain.Remittances.TransferSpeed.SameDay, "", true),
        };
        foreach (var p in prices)
        {
            var c = corridors[p.C];
            db.RemittanceServices.Add(new Corridor.Domain.Remittances.RemittanceService(new Corridor.Domain.Remittances.RemittancePrice(quarter, Today.AddDays(-7),
                c.From, c.To, p.Provider, p.Type, c.Cur, c.RecvCur, c.A200, p.F2, p.R2, c.A500, p.F5, p.R5, c.Interbank, p.Speed, p.Access, p.Transparent,
                "Demo figures"), source, by));
            // The quarter before, for one corridor: fees a little higher, so the catalogue has a history to choose from.
            if (p.C == 0 && previous != quarter)
                db.RemittanceServices.Add(new Corridor.Domain.Remittances.RemittanceService(new Corridor.Domain.Remittances.RemittancePrice(previous,
                    previousDay, c.From, c.To, p.Provider, p.Type, c.Cur, c.RecvCur, c.A200, p.F2 * 1.2m, p.R2, c.A500, p.F5 * 1.2m, p.R5, c.Interbank, p.Speed,
                    p.Access, p.Transparent, "Demo figures"), source, by));
        }
        await SaveBatchAsync(ct);

        // SDG 10.7.1: workers who declare what they paid and what they earned in their first month.
        var random = new Random(1071);
        var now = clock.GetUtcNow().UtcDateTime;
        var agencyIds = await db.RecruitmentAgencies.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        if (agencyIds.Count == 0) return;
        var taken = await db.FirstMonthEarnings.Select(e => e.WorkerId).ToListAsync(ct);
        var candidates = await db.MigrantWorkers.AsNoTracking().Where(w => !taken.Contains(w.Id)).OrderBy(w => w.Id).ToListAsync(ct);
        var picked = candidates.Where(w => w.Direction == MigrationDirection.Inbound).Take(14)
            .Concat(candidates.Where(w => w.Direction == MigrationDirection.Outbound).Take(10)).ToList();
        var month = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-2);
        for (var i = 0; i < picked.Count; i++)
        {
            var w = picked[i];
            var destination = w.DestinationCountry ?? "KAZ";
            var (currency, earnings) = destination switch
            {
                "KOR" => ("KRW", 2_100_000m + random.Next(0, 10) * 50_000m),
                "RUS" => ("RUB", 70_000m + random.Next(0, 10) * 5_000m),
                "KAZ" => ("KZT", 250_000m + random.Next(0, 10) * 20_000m),
                _ => ("USD", 900m + random.Next(0, 10) * 50m),
            };
            db.FirstMonthEarnings.Add(new Corridor.Domain.Recruitment.FirstMonthEarnings(w.Id, month, earnings, currency,
                Corridor.Domain.Recruitment.EarningsSource.WorkerDeclaration, "worker (demo declaration)", Today));
            await SaveBatchAsync(ct);
            if (i % 4 == 3) continue; // paid nothing
            // Months of earnings paid: from half a month to three months.
            var months = new[] { 0.5m, 1m, 1.5m, 2m, 3m }[random.Next(0, 5)];
            var total = decimal.Round(earnings * months, 0);
            var paidCurrency = i == 5 ? "USD" : currency; // one worker paid in dollars: left out of the ratio and counted
            if (paidCurrency == "USD" && currency == "USD") paidCurrency = "EUR";
            var fee = decimal.Round(total * 0.7m, 0);
            var agency = w.AgencyId ?? agencyIds[i % agencyIds.Count];
            foreach (var (category, amount) in new[] { ("RECRUITMENT_FEE", fee), ("TRAVEL_LODGING", total - fee) })
            {
                var cost = new Corridor.Domain.Recruitment.RecruitmentCost(w.Id, agency, null, destination, w.OccupationCode, category, amount, paidCurrency,
                    month.AddDays(-20), null, Corridor.Domain.Recruitment.CostSource.WorkerDeclaration, "worker (demo declaration)", Today);
                await Corridor.Web.Features.Recruitment.Fees.RecordRecruitmentCost.SaveAsync(db, cost, now, ct);
                db.ChangeTracker.Clear();
            }
        }
    }
}
