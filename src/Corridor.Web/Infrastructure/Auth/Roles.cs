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

    /// <summary>Payroll files, their alerts and compliance; an employer sees its own (<see cref="PayrollViewAll"/>: all).</summary>
    public const string PayrollView = "payroll.view";
    public const string PayrollViewAll = "payroll.view-all";
    /// <summary>Submit payroll files: an employer its own lines.</summary>
    public const string PayrollSubmit = "payroll.submit";
    /// <summary>Submit a batch for many employers (a WPS agent's or bank's file, entered by an officer).</summary>
    public const string PayrollSubmitBatch = "payroll.submit-batch";
    /// <summary>A worker's own payslips.</summary>
    public const string PayslipsView = "payroll.payslips";

    private static readonly string[] OfficerReads = [EmployersView, EmployersViewAll, AgenciesView, AgenciesViewAll, WorkersView, WorkersViewAll];

    public static readonly IReadOnlyDictionary<string, string[]> ByRole = new Dictionary<string, string[]>
    {
        [Roles.Admin] =
        [
            EmployersView, EmployersViewAll, EmployersManage, AgenciesView, AgenciesViewAll, AgenciesManage,
            WorkersView, WorkersViewAll, WorkersRegister, WorkersEdit, JobSeekersView, JobSeekersManage, AuditVerify,
            PolicyView, PolicyViewDrafts, PolicyEdit, QuotasView, QuotasManage, QuotasAllocate,
            VacanciesView, VacanciesViewAll, VacanciesPost, VacanciesDecide, EmployerFlagsManage,
            PermitsView, PermitsViewAll, PermitsDecide,
            LeviesView, LeviesViewAll, LeviesManage,
            RegularisationManage, RegularisationView, RegularisationApplications,
            NotificationsView, NotificationsViewAll,
            PayrollView, PayrollViewAll, PayrollSubmit, PayrollSubmitBatch,
        ],
        [Roles.PolicyOfficer] = [EmployersView, EmployersViewAll, AgenciesView, AgenciesViewAll, PolicyView, PolicyViewDrafts, PolicyEdit, QuotasView, QuotasManage,
            RegularisationManage, RegularisationView, RegularisationApplications],
        [Roles.AdmissionOfficer] = [.. OfficerReads, EmployersManage, WorkersRegister, WorkersEdit, JobSeekersView, JobSeekersManage, PolicyView, PolicyViewDrafts,
            QuotasView, QuotasAllocate, VacanciesView, VacanciesViewAll, VacanciesPost, VacanciesDecide, EmployerFlagsManage,
            PermitsView, PermitsViewAll, PermitsDecide,
            LeviesView, LeviesViewAll, RegularisationView, RegularisationApplications, NotificationsView, NotificationsViewAll],
        [Roles.RecruitmentRegulator] = [.. OfficerReads, AgenciesManage, WorkersRegister, WorkersEdit, PolicyView, RegularisationView, RegularisationApplications],
        [Roles.Inspector] = [.. OfficerReads, PolicyView, VacanciesView, VacanciesViewAll, EmployerFlagsManage, PermitsView, PermitsViewAll,
            RegularisationView, RegularisationApplications, PayrollView, PayrollViewAll, PayrollSubmit, PayrollSubmitBatch],
        [Roles.CaseOfficer] = [.. OfficerReads, PolicyView, VacanciesView, VacanciesViewAll, EmployerFlagsManage, RegularisationView, RegularisationApplications,
            PayrollView, PayrollViewAll],
        [Roles.FundOfficer] = [.. OfficerReads, PolicyView, LeviesView, LeviesViewAll, LeviesManage, RegularisationView, RegularisationApplications],
        // Analysts work with aggregates: businesses yes, named people no.
        [Roles.Analyst] = [EmployersView, EmployersViewAll, AgenciesView, AgenciesViewAll, PolicyView, PolicyViewDrafts, QuotasView, LeviesView, LeviesViewAll,
            RegularisationView],
        [Roles.Employer] = [EmployersView, WorkersView, WorkersRegister, WorkersEdit, VacanciesView, VacanciesPost, VacanciesDecide, QuotasView, QuotasRequest,
            PermitsView, PermitsApply, LeviesView, RegularisationApply, NotificationsView, PayrollView, PayrollSubmit],
        [Roles.Agency] = [AgenciesView, WorkersView, WorkersRegister, WorkersEdit],
        [Roles.Worker] = [WorkersView, PermitsView, NotificationsView, PayslipsView],
        [Roles.Partner] = [AgenciesView, AgenciesViewAll],
        [Roles.SocialPartner] = [PolicyView, PolicyComment],
    };

    public static IEnumerable<string> All => ByRole.Values.SelectMany(p => p).Distinct();

    public static string[] RolesWith(string permission) =>
        [.. ByRole.Where(kv => kv.Value.Contains(permission)).Select(kv => kv.Key)];
}
