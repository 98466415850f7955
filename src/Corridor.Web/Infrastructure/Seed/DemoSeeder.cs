using Corridor.Data;
using Corridor.Data.Identity;
using Corridor.Domain.Admission;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
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
        progress?.Report(("payroll", 0));
        await SeedPayrollAsync(ct);
        return logins;
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
    /// A closed regularisation window with 60 decided applications (both sexes, UZB/TJK/KGZ, every kind of
    /// refusal) and estimates, so the report shows registration rates; and an open window to apply in.
    /// </summary>
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
    /// Last month's payroll for every worker whose permit was active in it, filed through the real import (so it is
    /// validated, stored and reconciled like any file): contract wages paid, one deduction for a recruitment fee, one
    /// late payment when the month is long enough past, and a better-paid national in the same occupation, so the
    /// demo shows alerts, equal treatment and the compliance page.
    /// </summary>
    private async Task SeedPayrollAsync(CancellationToken ct)
    {
        if (payroll is null) return;
        var period = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
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
            var fee = i == 1 ? 15_000m : 0m;
            var paid = i == 2 && last.AddDays(20) <= Today ? last.AddDays(20).ToString("yyyy-MM-dd", inv) : onTime;
            csv.Append(inv, $"{a.RegistrationNumber},{a.WorkerNumber},,{a.OccupationCode},{period:yyyy-MM},{basic},,,,,,,tax,{tax},")
                .Append(fee > 0 ? $"recruitment_fee,{fee.ToString(inv)}," : ",,")
                .Append(inv, $",,{basic - tax - fee},KZT,{paid},bank,KZ{_random.NextInt64(10_000_000_000, 99_999_999_999)}\n");
        }
        var first = active[0];
        var national = decimal.Round(first.MonthlyWage * 1.2m, 2);
        csv.Append(inv, $"{first.RegistrationNumber},,900101300{_random.Next(100, 999)},{first.OccupationCode},{period:yyyy-MM},{national},,,,,,,,,,,,,{national},KZT,{onTime},bank,\n");
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv.ToString()));
        var result = await payroll.ImportAsync(stream, $"demo-payroll-{period:yyyy-MM}.csv", Corridor.Web.Features.Protection.Payroll.PayrollSubmitter.Officer("demo"), ct);
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
}
