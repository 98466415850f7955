using Corridor.Web.Features.Account;
using Corridor.Web.Features.Agencies;
using Corridor.Web.Features.Audit;
using Corridor.Web.Features.Employers;
using Corridor.Web.Features.Forecasts;
using Corridor.Web.Features.Jobs;
using Corridor.Web.Features.JobSeekers;
using Corridor.Web.Features.Permits;
using Corridor.Web.Features.Levies;
using Corridor.Web.Features.Notifications;
using Corridor.Web.Features.Policy;
using Corridor.Web.Features.Protection.Inspections;
using Corridor.Web.Features.Protection.Complaints;
using Corridor.Web.Features.Protection.Payroll;
using Corridor.Web.Features.Quotas;
using Corridor.Web.Features.Recruitment.Orientation;
using Corridor.Web.Features.Recruitment.Contracts;
using Corridor.Web.Features.Recruitment.Fees;
using Corridor.Web.Features.Regularisation;
using Corridor.Web.Features.Remittances;
using Corridor.Web.Features.Recruitment.Licensing;
using Corridor.Web.Features.Recruitment.Clearance;
using Corridor.Web.Infrastructure.Jobs;
using Corridor.Web.Features.Shared;
using Corridor.Web.Features.Vacancies;
using Corridor.Web.Features.Workers;
using Corridor.Web.Infrastructure.Seed;
using FluentValidation;

namespace Corridor.Web.Features;

/// <summary>Registers every use case's handler and maps every area's API; listed by hand, no scanning.</summary>
public static class FeaturesSetup
{
    public static IServiceCollection AddCorridorFeatures(this IServiceCollection services)
    {
        services.AddScoped<OrgUnitDirectory>().AddScoped<MinimumWorkingAge>();
        services.AddScoped<ListEmployers>().AddScoped<GetEmployer>().AddScoped<RegisterEmployer>().AddScoped<EditEmployer>()
            .AddScoped<IValidator<EmployerForm>, EmployerFormValidator>();
        services.AddScoped<ListAgencies>().AddScoped<GetAgency>().AddScoped<RegisterAgency>().AddScoped<EditAgency>()
            .AddScoped<IValidator<AgencyForm>, AgencyFormValidator>().AddScoped<IValidator<RegisterAgencyForm>, RegisterAgencyFormValidator>();
        services.AddScoped<ListWorkers>().AddScoped<GetWorker>().AddScoped<RegisterWorker>().AddScoped<EditWorker>().AddScoped<WorkerLinks>()
            .AddScoped<IValidator<WorkerForm>, WorkerFormValidator>();
        services.AddScoped<ListJobSeekers>().AddScoped<GetJobSeeker>().AddScoped<RegisterJobSeeker>().AddScoped<EditJobSeeker>()
            .AddScoped<IValidator<JobSeekerForm>, JobSeekerFormValidator>()
            .AddScoped<IValidator<EditJobSeekerForm>, EditJobSeekerFormValidator>();
        services.AddScoped<PolicyBook>().AddScoped<ListPolicySets>().AddScoped<GetPolicySet>().AddScoped<DraftPolicySet>()
            .AddScoped<EditPolicySet>().AddScoped<PolicySetLifecycle>().AddScoped<PolicyConsultation>();
        services.AddScoped<VacancyParties>().AddScoped<ListVacancies>().AddScoped<GetVacancy>().AddScoped<PostVacancy>()
            .AddScoped<EditVacancy>().AddScoped<RecordVacancyOutcome>().AddScoped<IssueCertificate>().AddScoped<ManageEmployerFlags>().AddScoped<EndVacancy>()
            .AddScoped<ListJobs>()
            .AddScoped<IValidator<VacancyForm>, VacancyFormValidator>()
            .AddScoped<IValidator<EmployerFlagForm>, EmployerFlagFormValidator>();
        services.AddScoped<ListQuotas>().AddScoped<CreateQuota>().AddScoped<OpenRound>().AddScoped<GetRound>()
            .AddScoped<AllocateRound>().AddScoped<RequestWorkers>().AddScoped<ApproveSlot>();
        services.AddScoped<ApplyForPermit>().AddScoped<ListPermitQueue>().AddScoped<DecidePermitApplication>().AddScoped<ListPermits>()
            .AddScoped<GetPermit>().AddScoped<ActivatePermit>().AddScoped<CancelPermit>().AddScoped<VerifyPermit>()
            .AddScoped<FileEmployerChange>().AddScoped<DecideEmployerChange>().AddScoped<ListEmployerChanges>().AddScoped<RenewPermit>();
        services.AddScoped<Corridor.Web.Infrastructure.Jobs.IDailyJob, ExpirePermits>();
        services.AddScoped<ListLevyStatements>().AddScoped<GetLevyStatement>().AddScoped<IssueLevyStatements>().AddScoped<RecordLevyPayment>();
        services.AddScoped<ListWindows>().AddScoped<OpenWindow>().AddScoped<GetWindow>().AddScoped<ApplyForRegularisation>()
            .AddScoped<GetRegularisationStatus>().AddScoped<ListRegularisationApplications>().AddScoped<ReportRegularisation>();
        services.AddScoped<IDailyJob, PermitExpiryReminders>();
        services.AddSingleton<INotificationChannel, LogNotificationChannel>();
        services.AddScoped<OutboxDelivery>().AddScoped<ListNotifications>();
        services.AddScoped<ListCurricula>().AddScoped<CreateCurriculum>().AddScoped<ListSessions>().AddScoped<CountOrientation>()
            .AddScoped<GetSession>().AddScoped<PlanSession>().AddScoped<EnrolWorker>().AddScoped<ChangeSession>().AddScoped<RecordAttendance>()
            .AddScoped<ListEnrolments>().AddScoped<ListCertificates>().AddScoped<GetCertificate>().AddScoped<RevokeCertificate>()
            .AddScoped<VerifyOrientationCertificate>().AddScoped<OrientationCertificates>();
        services.AddScoped<ContractChecker>().AddScoped<ListContracts>().AddScoped<GetContract>().AddScoped<DraftContract>().AddScoped<ChangeContract>()
            .AddScoped<SubmitContract>().AddScoped<ReviewContract>().AddScoped<SignContract>().AddScoped<RegisterDestinationCopy>().AddScoped<AmendContract>()
            .AddScoped<WageBenchmarks>();
        services.AddScoped<RecordRecruitmentCost>().AddScoped<DeclareRecruitmentCost>().AddScoped<ListRecruitmentCosts>().AddScoped<GetWorkerCosts>()
            .AddScoped<RecordFirstMonthEarnings>().AddScoped<ListFirstMonthEarnings>().AddScoped<ListViolationCases>().AddScoped<GetViolationCase>()
            .AddScoped<CloseViolationCase>().AddScoped<ListFeeCapExceptions>().AddScoped<AddFeeCapException>().AddScoped<EndFeeCapException>();
        services.AddScoped<AgencyStanding>().AddScoped<LicensingAccess>().AddScoped<FileLicenceApplication>().AddScoped<ChangeLicence>()
            .AddScoped<GetLicence>().AddScoped<RecordEscrowEntry>().AddScoped<GetEscrowLedger>().AddScoped<SearchPublicRegister>()
            .AddScoped<ForeignEmployers>().AddScoped<JobOrders>();
        services.AddScoped<IDailyJob, ExpireAgencyLicences>();
        services.AddScoped<IDailyJob, ExpireEmployerAccreditations>();
        services.AddScoped<FileComplaint>().AddScoped<GetComplaintStatus>().AddScoped<ListCases>().AddScoped<GetCase>()
            .AddScoped<TriageCase>().AddScoped<MoveCase>().AddScoped<CaseDashboardReport>().AddScoped<OpenCaseFromAlert>()
            .AddScoped<OpenCaseForPayrollAlert>().AddScoped<ListWorkerCases>();
        services.AddScoped<IDailyJob, CaseSlaReminders>();
        services.AddScoped<RegisteredTerms>().AddScoped<PayrollImport>().AddScoped<PayrollCompliance>().AddScoped<GetSectorCompliance>().AddScoped<SubmitPayroll>()
            .AddScoped<ListPayrollBatches>().AddScoped<GetPayrollBatch>().AddScoped<ListPayrollAlerts>().AddScoped<GetPayrollCompliance>()
            .AddScoped<ListPayslips>();
        services.AddScoped<IDailyJob, WageEscalationJob>();
        services.AddScoped<VerifyAuditChain>();
        services.AddScoped<InspectionScope>().AddScoped<Sanctions>().AddScoped<RiskInputs>().AddScoped<ListRiskScores>().AddScoped<RecordRiskSignal>()
            .AddScoped<InspectionPlan>().AddScoped<PlanInspection>().AddScoped<ListInspections>().AddScoped<GetInspection>().AddScoped<RecordInspection>()
            .AddScoped<ImposeSanction>().AddScoped<ListSanctions>().AddScoped<PublicWatchlist>();
        services.AddScoped<IDailyJob, RiskScoresJob>();
        services.AddScoped<RemittanceCatalogue>().AddScoped<EnterRemittancePrice>().AddScoped<ImportRemittancePrices>()
            .AddScoped<PublicRemittancePrices>().AddScoped<RecruitmentCostIndicatorReport>();
        services.AddScoped<DeploymentCountry>().AddScoped<UnDataImport>().AddScoped<ListCorridors>().AddScoped<ProjectLabourForce>()
            .AddScoped<SaveScenario>().AddScoped<ParticipationRates>().AddScoped<ListShortages>().AddScoped<RecommendQuotas>()
            .AddScoped<CopyQuotasToDraft>();
        services.AddScoped<ClearanceRequirements>().AddScoped<RequestClearance>().AddScoped<GetClearance>().AddScoped<ListClearances>()
            .AddScoped<RevokeClearance>().AddScoped<RecordClearanceEvidence>().AddScoped<VerifyClearance>();
        // Statistics (issue 6): analytics tables, indicators, dashboards and exports.
        services.AddScoped<Corridor.Web.Features.Statistics.RebuildStatistics>().AddScoped<Corridor.Web.Features.Statistics.QueryStatistics>()
            .AddSingleton<Corridor.Web.Features.Statistics.StatisticsRebuildRunner>();
        services.AddScoped<IDailyJob, Corridor.Web.Features.Statistics.StatisticsRebuildJob>();
        services.AddScoped<DemoSeeder>();
        return services;
    }

    public static RouteGroupBuilder MapCorridorApi(this RouteGroupBuilder api)
    {
        api.MapTokenApi();
        api.MapEmployersApi();
        api.MapAgenciesApi();
        api.MapWorkersApi();
        api.MapJobSeekersApi();
        api.MapPolicyApi();
        api.MapVacanciesApi();
        api.MapQuotasApi();
        api.MapPermitsApi();
        api.MapLeviesApi();
        api.MapRegularisationApi();
        api.MapNotificationsApi();
        api.MapOrientationApi();
        api.MapContractsApi();
        api.MapRecruitmentFeesApi();
        api.MapLicensingApi();
        api.MapInspectionsApi();
        api.MapComplaintsApi();
        api.MapPayrollApi();
        api.MapRemittancesApi();
        api.MapForecastsApi();
        api.MapClearanceApi();
        Corridor.Web.Features.Statistics.StatisticsApi.MapStatisticsApi(api);
        return api;
    }
}
