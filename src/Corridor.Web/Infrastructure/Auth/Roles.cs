namespace Corridor.Web.Infrastructure.Auth;

/// <summary>The roles of DESIGN §1. Role names are what a ministry's user administrator types.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string PolicyOfficer = "policy-officer";
    public const string AdmissionOfficer = "admission-officer";
    public const string RecruitmentRegulator = "recruitment-regulator";
    public const string Inspector = "inspector";
    public const string CaseOfficer = "case-officer";
    public const string FundOfficer = "fund-officer";
    public const string Analyst = "analyst";
    public const string Employer = "employer";
    public const string Agency = "agency";
    public const string Worker = "worker";
    public const string Partner = "partner";
    public const string SocialPartner = "social-partner";

    public static readonly string[] All =
    [
        Admin, PolicyOfficer, AdmissionOfficer, RecruitmentRegulator, Inspector, CaseOfficer, FundOfficer,
        Analyst, Employer, Agency, Worker, Partner, SocialPartner,
    ];
}

/// <summary>
/// What a role may do, one name per permission (openIMIS rights list style). "…view" grants the
/// registry page; what rows appear is decided by ownership (<see cref="Scopes"/>) unless the role also
/// holds "…view-all".
/// </summary>
public static class Permissions
{
    public const string EmployersView = "employers.view";
    public const string EmployersViewAll = "employers.view-all";
    public const string EmployersManage = "employers.manage";
    public const string AgenciesView = "agencies.view";
    public const string AgenciesViewAll = "agencies.view-all";
    public const string AgenciesManage = "agencies.manage";
    public const string WorkersView = "workers.view";
    public const string WorkersViewAll = "workers.view-all";
    public const string WorkersRegister = "workers.register";
    public const string WorkersEdit = "workers.edit";
    public const string JobSeekersView = "jobseekers.view";
    public const string JobSeekersManage = "jobseekers.manage";
    public const string AuditVerify = "audit.verify";
    /// <summary>See policy sets; social partners see only those open for comment or in force.</summary>
    public const string PolicyView = "policy.view";
    public const string PolicyViewDrafts = "policy.view-drafts";
    /// <summary>Draft, change, open for comment, answer comments, activate (maker-checker), withdraw.</summary>
    public const string PolicyEdit = "policy.edit";
    public const string PolicyComment = "policy.comment";
    /// <summary>The vacancies page; employers see their own (<see cref="Scopes"/>), holders of <see cref="VacanciesViewAll"/> all.</summary>
    public const string VacanciesView = "vacancies.view";
    public const string VacanciesViewAll = "vacancies.view-all";
    /// <summary>Post and change vacancies: an employer its own, an admission officer for any employer.</summary>
    public const string VacanciesPost = "vacancies.post";
    /// <summary>
    /// Record the outcome of the advertising and request the labour-market-test certificate. Employers
    /// hold it too, for their own vacancies only: the certificate is decided by the published rules,
    /// with no discretion to withhold, and every request leaves a stored decision with its reasons.
    /// </summary>
    public const string VacanciesDecide = "vacancies.decide";
    /// <summary>Record and close layoffs, wage-arrears findings and watchlist entries against employers.</summary>
    public const string EmployerFlagsManage = "employer-flags.manage";
    /// <summary>See national quotas, rounds and the ranking; an employer sees only its own requests.</summary>
    public const string QuotasView = "quotas.view";
    /// <summary>Set a year's quota per sector and open rounds.</summary>
    public const string QuotasManage = "quotas.manage";
    /// <summary>Allocate a round by ranking; approve a single slot.</summary>
    public const string QuotasAllocate = "quotas.allocate";
    /// <summary>Request workers in an open round (employers, for themselves).</summary>
    public const string QuotasRequest = "quotas.request";
    /// <summary>The permits page; employers and workers see their own (<see cref="Scopes"/>), holders of <see cref="PermitsViewAll"/> all.</summary>
    public const string PermitsView = "permits.view";
    public const string PermitsViewAll = "permits.view-all";
    /// <summary>Apply for a work permit for a named worker (employers, for themselves).</summary>
    public const string PermitsApply = "permits.apply";
    /// <summary>Decide referred applications; activate and cancel permits.</summary>
    public const string PermitsDecide = "permits.decide";

    /// <summary>See levy statements; an employer sees only its own (<see cref="Scopes"/>), holders of <see cref="LeviesViewAll"/> all.</summary>
    public const string LeviesView = "levies.view";
    public const string LeviesViewAll = "levies.view-all";
    /// <summary>Issue the monthly levy statements and record payments (the fund).</summary>
    public const string LeviesManage = "levies.manage";
    /// <summary>Plan and open regularisation windows with their criteria and estimates.</summary>
    public const string RegularisationManage = "regularisation.manage";
    /// <summary>See every window (not only open ones) and the registration-rate report.</summary>
    public const string RegularisationView = "regularisation.view";
    /// <summary>Read the named applications (officers; analysts work with the report's aggregates).</summary>
    public const string RegularisationApplications = "regularisation.applications";
    /// <summary>Apply on behalf of a worker (employers, for their own workers only).</summary>
    public const string RegularisationApply = "regularisation.apply";
    /// <summary>The notifications inbox; employers and workers see their own, holders of <see cref="NotificationsViewAll"/> all.</summary>
    public const string NotificationsView = "notifications.view";
    public const string NotificationsViewAll = "notifications.view-all";
    /// <summary>Risk scores of employers with their breakdown, and the inspection plan (an inspector sees the region of the account).</summary>
    public const string RiskView = "protection.risk-view";
    /// <summary>Feed complaint and wage-protection-alert counts into the risk score.</summary>
    public const string RiskSignalsRecord = "protection.risk-signals";
    /// <summary>See inspections; an employer sees only its own, an inspector those of the region of the account.</summary>
    public const string InspectionsView = "inspections.view";
    /// <summary>Plan inspections and record visits with findings and sanctions.</summary>
    public const string InspectionsManage = "inspections.manage";
    /// <summary>Every sanction with its internal notes (the public watchlist needs no permission).</summary>
    public const string SanctionsView = "sanctions.view";
    /// <summary>Impose sanctions (warnings, fines, debarments, referrals) on employers and agencies.</summary>
    public const string SanctionsManage = "sanctions.manage";

    /// <summary>See orientation curricula and sessions; enrolments and certificates only of workers the account may see (<see cref="OrientationViewAll"/>: all).</summary>
    public const string OrientationView = "orientation.view";
    public const string OrientationViewAll = "orientation.view-all";
    /// <summary>Set curricula, plan, hold and cancel sessions, record attendance, revoke certificates.</summary>
    public const string OrientationManage = "orientation.manage";
    /// <summary>Enrol a worker in a session: agencies their own workers, workers themselves, the regulator anyone.</summary>
    public const string OrientationEnrol = "orientation.enrol";
    /// <summary>Counts of sessions, enrolments and certificates by sex and destination; no names.</summary>
    public const string OrientationStatistics = "orientation.statistics";

    /// <summary>See employment contracts: an agency or employer those it drafted, a worker their own; holders of <see cref="ContractsViewAll"/> all.</summary>
    public const string ContractsView = "contracts.view";
    public const string ContractsViewAll = "contracts.view-all";
    /// <summary>Draft, change, submit and amend contracts: an agency for its own workers, a national employer for its own.</summary>
    public const string ContractsDraft = "contracts.draft";
    /// <summary>Approve or return submitted contracts; record a paper signature.</summary>
    public const string ContractsReview = "contracts.review";
    /// <summary>Accept one's own approved contract on the worker portal.</summary>
    public const string ContractsSign = "contracts.sign";
    /// <summary>Register the contract as it stands at destination (labour attaché or the regulator).</summary>
    public const string ContractsRegister = "contracts.register";

    /// <summary>See recruitment costs: an agency its own receipts, a worker its own receipts and declarations; holders of <see cref="RecruitmentCostsViewAll"/> all.</summary>
    public const string RecruitmentCostsView = "recruitment-costs.view";
    public const string RecruitmentCostsViewAll = "recruitment-costs.view-all";
    /// <summary>Record an amount taken from a worker, with its receipt, and first-month earnings (an agency for its own workers; the regulator for any).</summary>
    public const string RecruitmentCostsRecord = "recruitment-costs.record";
    /// <summary>A worker declares what they actually paid, and what they earned in the first month.</summary>
    public const string RecruitmentCostsDeclare = "recruitment-costs.declare";
    /// <summary>Keep the dated table of fee-cap exceptions (destination × occupation).</summary>
    public const string FeeCapsManage = "fee-caps.manage";
    /// <summary>See violation cases: an agency those against it, a worker those from its own declarations; holders of <see cref="ViolationCasesViewAll"/> all.</summary>
    public const string ViolationCasesView = "violation-cases.view";
    public const string ViolationCasesViewAll = "violation-cases.view-all";
    /// <summary>Close a violation case with its outcome (the recruitment regulator).</summary>
    public const string ViolationCasesClose = "violation-cases.close";

    /// <summary>See licence applications, officers, the escrow ledger and deployment standing; an agency only its own (<see cref="Scopes"/>).</summary>
    public const string LicensingView = "licensing.view";
    /// <summary>File licence applications, grant, suspend, lift, cancel and renew licences; record escrow entries.</summary>
    public const string LicensingManage = "licensing.manage";
    public const string ForeignEmployersView = "foreign-employers.view";
    /// <summary>Register foreign employers and record their documents.</summary>
    public const string ForeignEmployersManage = "foreign-employers.manage";
    /// <summary>Accredit (after inspection) and revoke foreign employers: the labour attaché, or the regulator.</summary>
    public const string ForeignEmployersAccredit = "foreign-employers.accredit";
    /// <summary>See job orders; an agency only its own (<see cref="Scopes"/>), holders of <see cref="JobOrdersViewAll"/> all.</summary>
    public const string JobOrdersView = "job-orders.view";
    public const string JobOrdersViewAll = "job-orders.view-all";
    /// <summary>Create and change draft job orders: an agency for itself only, the regulator for any agency.</summary>
    public const string JobOrdersCreate = "job-orders.create";
    /// <summary>Verify or reject job orders: the labour attaché, or the regulator.</summary>
    public const string JobOrdersVerify = "job-orders.verify";

    /// <summary>File a complaint signed in: a worker for themself, a case officer on a worker's behalf (anonymous filing needs no account).</summary>
    public const string ComplaintsFile = "complaints.file";
    /// <summary>See cases: workers their own, employers and agencies those against them (without the complainant's identity unless consented).</summary>
    public const string CasesView = "cases.view";
    /// <summary>See every case with the complainant's identity (case officers, inspectors).</summary>
    public const string CasesViewAll = "cases.view-all";
    /// <summary>Triage, conciliation, escalation, decision, payments and closing.</summary>
    public const string CasesManage = "cases.manage";
    /// <summary>Counts of cases by category, age and SLA: no names, so analysts hold it too.</summary>
    public const string CasesDashboard = "cases.dashboard";

    /// <summary>Payroll files, their alerts and compliance; an employer sees its own (<see cref="PayrollViewAll"/>: all).</summary>
    public const string PayrollView = "payroll.view";
    public const string PayrollViewAll = "payroll.view-all";
    /// <summary>Submit payroll files: an employer its own lines.</summary>
    public const string PayrollSubmit = "payroll.submit";
    /// <summary>Submit a batch for many employers (a WPS agent's or bank's file, entered by an officer).</summary>
    public const string PayrollSubmitBatch = "payroll.submit-batch";
    /// <summary>A worker's own payslips.</summary>
    public const string PayslipsView = "payroll.payslips";

    // Issue 6, remittances and SDG 10.7.1 (aggregates only: no worker is ever named).
    /// <summary>The SDG 10.7.1 recruitment cost indicator by corridor and sex, with n (ministry analysts: small cells are shown).</summary>
    public const string RecruitmentCostStatistics = "statistics.recruitment-costs";
    /// <summary>The remittance price catalogue with corridor averages, SmaRT and the SDG 10.c.1 flags (the public page needs no permission).</summary>
    public const string RemittancesCatalogue = "remittances.catalogue";
    /// <summary>Enter prices and import RPW files into the catalogue.</summary>
    public const string RemittancesManage = "remittances.manage";
    /// <summary>UN DESA corridors, the labour-force projection, the shortage list and the quota recommendation (aggregates only).</summary>
    public const string ForecastsView = "forecasts.view";
    /// <summary>Save projection scenarios and new versions of the participation rates.</summary>
    public const string ForecastsManage = "forecasts.manage";
    /// <summary>See deployment clearances: an agency those of its contracts, a worker their own; holders of <see cref="ClearancesViewAll"/> all.</summary>
    public const string ClearancesView = "clearances.view";
    public const string ClearancesViewAll = "clearances.view-all";
    /// <summary>Request a deployment clearance (all requirements checked): an agency for its own workers, the regulator for any.</summary>
    public const string ClearancesRequest = "clearances.request";
    /// <summary>Ask for the returning-worker fast lane (Balik-Manggagawa): a worker for themself, an agency for its workers, the regulator.</summary>
    public const string ClearancesFastLane = "clearances.fast-lane";
    /// <summary>Revoke an issued clearance with the reason (the recruitment regulator).</summary>
    public const string ClearancesRevoke = "clearances.revoke";
    /// <summary>Record welfare-fund payments, insurance and medical fitness results for the clearance (agency for its workers, fund officer, regulator).</summary>
    public const string ClearanceRecordsRecord = "clearances.records";
    // ---- Statistics (issue 6) ----
    /// <summary>The analytics dashboards, indicators and their files (aggregates only: the table holds no names).</summary>
    public const string StatisticsView = "statistics.view";
    /// <summary>See counts below the small-cell threshold (inside the ministry); everyone else sees them suppressed.</summary>
    public const string StatisticsSmallCells = "statistics.small-cells";
    /// <summary>Start a rebuild of the analytics tables.</summary>
    public const string StatisticsRebuild = "statistics.rebuild";

    private static readonly string[] OfficerReads = [EmployersView, EmployersViewAll, AgenciesView, AgenciesViewAll, WorkersView, WorkersViewAll];

    public static readonly IReadOnlyDictionary<string, string[]> ByRole = new Dictionary<string, string[]>
    {
        [Roles.Admin] = [
            EmployersView, EmployersViewAll, EmployersManage, AgenciesView, AgenciesViewAll, AgenciesManage, WorkersView,
            WorkersViewAll, WorkersRegister, WorkersEdit, JobSeekersView, JobSeekersManage, AuditVerify, PolicyView,
            PolicyViewDrafts, PolicyEdit, QuotasView, QuotasManage, QuotasAllocate, VacanciesView, VacanciesViewAll,
            VacanciesPost, VacanciesDecide, EmployerFlagsManage, PermitsView, PermitsViewAll, PermitsDecide, LeviesView,
            LeviesViewAll, LeviesManage, RegularisationManage, RegularisationView, RegularisationApplications,
            NotificationsView, NotificationsViewAll, OrientationView, OrientationViewAll, OrientationManage,
            OrientationEnrol, OrientationStatistics, ContractsView, ContractsViewAll, ContractsReview, ContractsRegister,
            RecruitmentCostsView, RecruitmentCostsViewAll, RecruitmentCostsRecord, FeeCapsManage, ViolationCasesView,
            ViolationCasesViewAll, ViolationCasesClose, LicensingView, LicensingManage, ForeignEmployersView,
            ForeignEmployersManage, ForeignEmployersAccredit, JobOrdersView, JobOrdersViewAll, JobOrdersCreate,
            JobOrdersVerify, RiskView, RiskSignalsRecord, InspectionsView, InspectionsManage, SanctionsView,
            SanctionsManage, CasesView, CasesViewAll, CasesDashboard, PayrollView, PayrollViewAll, PayrollSubmit,
            PayrollSubmitBatch, RecruitmentCostStatistics, RemittancesCatalogue, RemittancesManage, ForecastsView,
            ForecastsManage, ClearancesView, ClearancesViewAll, ClearancesRequest, ClearancesFastLane, ClearancesRevoke,
            ClearanceRecordsRecord, StatisticsView, StatisticsSmallCells, StatisticsRebuild
        ],
        [Roles.PolicyOfficer] = [
            EmployersView, EmployersViewAll, AgenciesView, AgenciesViewAll, PolicyView, PolicyViewDrafts, PolicyEdit,
            QuotasView, QuotasManage, RegularisationManage, RegularisationView, RegularisationApplications,
            CasesDashboard, ForecastsView, ForecastsManage, StatisticsView, StatisticsSmallCells
        ],
        [Roles.AdmissionOfficer] = [
            .. OfficerReads, EmployersManage, WorkersRegister, WorkersEdit, JobSeekersView, JobSeekersManage, PolicyView,
            PolicyViewDrafts, QuotasView, QuotasAllocate, VacanciesView, VacanciesViewAll, VacanciesPost, VacanciesDecide,
            EmployerFlagsManage, PermitsView, PermitsViewAll, PermitsDecide, LeviesView, LeviesViewAll,
            RegularisationView, RegularisationApplications, NotificationsView, NotificationsViewAll, SanctionsView
        ],
        [Roles.RecruitmentRegulator] = [
            .. OfficerReads, AgenciesManage, WorkersRegister, WorkersEdit, PolicyView, RegularisationView,
            RegularisationApplications, OrientationView, OrientationViewAll, OrientationManage, OrientationEnrol,
            OrientationStatistics, ContractsView, ContractsViewAll, ContractsReview, ContractsRegister,
            RecruitmentCostsView, RecruitmentCostsViewAll, RecruitmentCostsRecord, FeeCapsManage, ViolationCasesView,
            ViolationCasesViewAll, ViolationCasesClose, LicensingView, LicensingManage, ForeignEmployersView,
            ForeignEmployersManage, ForeignEmployersAccredit, JobOrdersView, JobOrdersViewAll, JobOrdersCreate,
            JobOrdersVerify, SanctionsView, SanctionsManage, ClearancesView, ClearancesViewAll, ClearancesRequest,
            ClearancesFastLane, ClearancesRevoke, ClearanceRecordsRecord
        ],
        [Roles.Inspector] = [
            .. OfficerReads, PolicyView, VacanciesView, VacanciesViewAll, EmployerFlagsManage, PermitsView,
            PermitsViewAll, RegularisationView, RegularisationApplications, ContractsView, ContractsViewAll,
            LicensingView, ForeignEmployersView, JobOrdersView, JobOrdersViewAll, RiskView, RiskSignalsRecord,
            InspectionsView, InspectionsManage, SanctionsView, SanctionsManage, CasesView, CasesViewAll, CasesDashboard,
            PayrollView, PayrollViewAll, PayrollSubmit, PayrollSubmitBatch
        ],
        [Roles.CaseOfficer] = [
            .. OfficerReads, PolicyView, VacanciesView, VacanciesViewAll, EmployerFlagsManage, RegularisationView,
            RegularisationApplications, ContractsView, ContractsViewAll, LicensingView, RiskView, RiskSignalsRecord,
            InspectionsView, SanctionsView, ComplaintsFile, CasesView, CasesViewAll, CasesManage, CasesDashboard,
            PayrollView, PayrollViewAll
        ],
        [Roles.FundOfficer] = [
            .. OfficerReads, PolicyView, LeviesView, LeviesViewAll, LeviesManage, RegularisationView,
            RegularisationApplications, LicensingView, ClearancesView, ClearancesViewAll, ClearanceRecordsRecord
        ],
        // Analysts work with aggregates: businesses yes, named people no.
        [Roles.Analyst] = [
            EmployersView, EmployersViewAll, AgenciesView, AgenciesViewAll, PolicyView, PolicyViewDrafts, QuotasView,
            LeviesView, LeviesViewAll, RegularisationView, OrientationView, OrientationStatistics, CasesDashboard,
            RecruitmentCostStatistics, RemittancesCatalogue, RemittancesManage, ForecastsView, ForecastsManage,
            StatisticsView, StatisticsSmallCells, StatisticsRebuild
        ],
        [Roles.Employer] = [
            EmployersView, WorkersView, WorkersRegister, WorkersEdit, VacanciesView, VacanciesPost, VacanciesDecide,
            QuotasView, QuotasRequest, PermitsView, PermitsApply, LeviesView, RegularisationApply, NotificationsView,
            ContractsView, ContractsDraft, InspectionsView, CasesView, PayrollView, PayrollSubmit
        ],
        [Roles.Agency] = [
            AgenciesView, WorkersView, WorkersRegister, WorkersEdit, OrientationView, OrientationEnrol, ContractsView,
            ContractsDraft, RecruitmentCostsView, RecruitmentCostsRecord, ViolationCasesView, LicensingView,
            ForeignEmployersView, JobOrdersView, JobOrdersCreate, CasesView, ClearancesView, ClearancesRequest,
            ClearancesFastLane, ClearanceRecordsRecord
        ],
        [Roles.Worker] = [
            WorkersView, PermitsView, NotificationsView, OrientationView, OrientationEnrol, ContractsView, ContractsSign,
            RecruitmentCostsView, RecruitmentCostsDeclare, ViolationCasesView, ComplaintsFile, CasesView, PayslipsView,
            ClearancesView, ClearancesFastLane
        ],
        [Roles.Partner] = [
            AgenciesView, AgenciesViewAll, ContractsView, ContractsViewAll, ContractsRegister, ForeignEmployersView,
            ForeignEmployersManage, ForeignEmployersAccredit, JobOrdersView, JobOrdersViewAll, JobOrdersVerify,
            ClearancesView, ClearancesViewAll
        ],
        [Roles.SocialPartner] = [PolicyView, PolicyComment, StatisticsView],
    };

    public static IEnumerable<string> All => ByRole.Values.SelectMany(p => p).Distinct();

    public static string[] RolesWith(string permission) =>
        [.. ByRole.Where(kv => kv.Value.Contains(permission)).Select(kv => kv.Key)];
}
