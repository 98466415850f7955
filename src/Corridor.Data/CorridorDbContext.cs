using Corridor.Data.Audit;
using Corridor.Data.Identity;
using Corridor.Domain.Audit;
using Corridor.Domain.Common;
using Corridor.Domain.Policy;
using Corridor.Domain.Registry;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Corridor.Data;

/// <summary>
/// The one database of a Corridor deployment. Every save stamps times and versions, and appends one
/// audit event per changed record (plus any named actions) to the hash chain in the same transaction:
/// a change and its audit event are stored together or not at all.
/// </summary>
public sealed class CorridorDbContext(
    DbContextOptions<CorridorDbContext> options,
    IAuditActor? actor = null,
    TimeProvider? clock = null)
    : IdentityDbContext<CorridorUser, CorridorRole, Guid>(options)
{
    private readonly IAuditActor _actor = actor ?? new SystemActor();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly List<PendingAction> _actions = [];

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<RecruitmentAgency> RecruitmentAgencies => Set<RecruitmentAgency>();
    public DbSet<MigrantWorker> MigrantWorkers => Set<MigrantWorker>();
    public DbSet<NationalJobSeeker> NationalJobSeekers => Set<NationalJobSeeker>();
    public DbSet<PolicySet> PolicySets => Set<PolicySet>();
    public DbSet<PolicyComment> PolicyComments => Set<PolicyComment>();
    public DbSet<Corridor.Domain.Admission.AdmissionDecision> AdmissionDecisions => Set<Corridor.Domain.Admission.AdmissionDecision>();
    public DbSet<Corridor.Domain.Admission.EmployerFlag> EmployerFlags => Set<Corridor.Domain.Admission.EmployerFlag>();
    public DbSet<Corridor.Domain.Admission.Vacancy> Vacancies => Set<Corridor.Domain.Admission.Vacancy>();
    public DbSet<Corridor.Domain.Admission.NationalQuota> NationalQuotas => Set<Corridor.Domain.Admission.NationalQuota>();
    public DbSet<Corridor.Domain.Admission.QuotaRound> QuotaRounds => Set<Corridor.Domain.Admission.QuotaRound>();
    public DbSet<Corridor.Domain.Admission.QuotaRequest> QuotaRequests => Set<Corridor.Domain.Admission.QuotaRequest>();
    public DbSet<Corridor.Domain.Admission.WorkPermitApplication> WorkPermitApplications => Set<Corridor.Domain.Admission.WorkPermitApplication>();
    public DbSet<Corridor.Domain.Admission.WorkPermit> WorkPermits => Set<Corridor.Domain.Admission.WorkPermit>();
    public DbSet<Corridor.Domain.Admission.EmployerChange> EmployerChanges => Set<Corridor.Domain.Admission.EmployerChange>();
    public DbSet<Corridor.Domain.Admission.LevyStatement> LevyStatements => Set<Corridor.Domain.Admission.LevyStatement>();
    public DbSet<Corridor.Domain.Admission.LevyPayment> LevyPayments => Set<Corridor.Domain.Admission.LevyPayment>();
    public DbSet<Corridor.Domain.Admission.RegularisationWindow> RegularisationWindows => Set<Corridor.Domain.Admission.RegularisationWindow>();
    public DbSet<Corridor.Domain.Admission.RegularisationApplication> RegularisationApplications => Set<Corridor.Domain.Admission.RegularisationApplication>();
    public DbSet<Corridor.Domain.Notifications.Notification> Notifications => Set<Corridor.Domain.Notifications.Notification>();
    public DbSet<Corridor.Domain.Recruitment.OrientationCurriculum> OrientationCurricula => Set<Corridor.Domain.Recruitment.OrientationCurriculum>();
    public DbSet<Corridor.Domain.Recruitment.OrientationSession> OrientationSessions => Set<Corridor.Domain.Recruitment.OrientationSession>();
    public DbSet<Corridor.Domain.Recruitment.OrientationEnrolment> OrientationEnrolments => Set<Corridor.Domain.Recruitment.OrientationEnrolment>();
    public DbSet<Corridor.Domain.Recruitment.OrientationCertificate> OrientationCertificates => Set<Corridor.Domain.Recruitment.OrientationCertificate>();
    public DbSet<Corridor.Domain.Recruitment.ViolationCase> ViolationCases => Set<Corridor.Domain.Recruitment.ViolationCase>();
    public DbSet<Corridor.Domain.Recruitment.EmploymentContract> EmploymentContracts => Set<Corridor.Domain.Recruitment.EmploymentContract>();
    public DbSet<Corridor.Domain.Recruitment.WageBenchmark> WageBenchmarks => Set<Corridor.Domain.Recruitment.WageBenchmark>();
    public DbSet<Corridor.Domain.Recruitment.RecruitmentCost> RecruitmentCosts => Set<Corridor.Domain.Recruitment.RecruitmentCost>();
    public DbSet<Corridor.Domain.Recruitment.FeeCapException> FeeCapExceptions => Set<Corridor.Domain.Recruitment.FeeCapException>();
    public DbSet<Corridor.Domain.Recruitment.FirstMonthEarnings> FirstMonthEarnings => Set<Corridor.Domain.Recruitment.FirstMonthEarnings>();
    public DbSet<Corridor.Domain.Recruitment.LicenceApplication> LicenceApplications => Set<Corridor.Domain.Recruitment.LicenceApplication>();
    public DbSet<Corridor.Domain.Recruitment.AgencyOfficer> AgencyOfficers => Set<Corridor.Domain.Recruitment.AgencyOfficer>();
    public DbSet<Corridor.Domain.Recruitment.EscrowEntry> EscrowEntries => Set<Corridor.Domain.Recruitment.EscrowEntry>();
    public DbSet<Corridor.Domain.Recruitment.ForeignEmployer> ForeignEmployers => Set<Corridor.Domain.Recruitment.ForeignEmployer>();
    public DbSet<Corridor.Domain.Recruitment.JobOrder> JobOrders => Set<Corridor.Domain.Recruitment.JobOrder>();
    public DbSet<Corridor.Domain.Protection.Complaint> Complaints => Set<Corridor.Domain.Protection.Complaint>();
    public DbSet<Corridor.Domain.Protection.ProtectionCase> ProtectionCases => Set<Corridor.Domain.Protection.ProtectionCase>();
    public DbSet<Corridor.Domain.Protection.PayrollBatch> PayrollBatches => Set<Corridor.Domain.Protection.PayrollBatch>();
    public DbSet<Corridor.Domain.Protection.PayrollLine> PayrollLines => Set<Corridor.Domain.Protection.PayrollLine>();
    public DbSet<Corridor.Domain.Protection.PayrollAlert> PayrollAlerts => Set<Corridor.Domain.Protection.PayrollAlert>();
    public DbSet<Corridor.Domain.Protection.WageEscalation> WageEscalations => Set<Corridor.Domain.Protection.WageEscalation>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Corridor.Domain.Operations.DailyJobRun> DailyJobRuns => Set<Corridor.Domain.Operations.DailyJobRun>();
    public DbSet<Corridor.Domain.Protection.RiskScore> RiskScores => Set<Corridor.Domain.Protection.RiskScore>();
    public DbSet<Corridor.Domain.Protection.RiskSignal> RiskSignals => Set<Corridor.Domain.Protection.RiskSignal>();
    public DbSet<Corridor.Domain.Protection.Inspection> Inspections => Set<Corridor.Domain.Protection.Inspection>();
    public DbSet<Corridor.Domain.Protection.InspectionFinding> InspectionFindings => Set<Corridor.Domain.Protection.InspectionFinding>();
    public DbSet<Corridor.Domain.Protection.Sanction> Sanctions => Set<Corridor.Domain.Protection.Sanction>();
    public DbSet<Corridor.Domain.Remittances.RemittanceService> RemittanceServices => Set<Corridor.Domain.Remittances.RemittanceService>();
    public DbSet<Corridor.Domain.Forecasts.MigrantStock> MigrantStocks => Set<Corridor.Domain.Forecasts.MigrantStock>();
    public DbSet<Corridor.Domain.Forecasts.PopulationFigure> PopulationFigures => Set<Corridor.Domain.Forecasts.PopulationFigure>();
    public DbSet<Corridor.Domain.Forecasts.ParticipationRateSet> ParticipationRateSets => Set<Corridor.Domain.Forecasts.ParticipationRateSet>();
    public DbSet<Corridor.Domain.Forecasts.LabourForceScenario> LabourForceScenarios => Set<Corridor.Domain.Forecasts.LabourForceScenario>();
    public DbSet<Corridor.Domain.Recruitment.DeploymentClearance> DeploymentClearances => Set<Corridor.Domain.Recruitment.DeploymentClearance>();
    public DbSet<Corridor.Domain.Recruitment.WelfareFundMembership> WelfareFundMemberships => Set<Corridor.Domain.Recruitment.WelfareFundMembership>();
    public DbSet<Corridor.Domain.Recruitment.InsuranceCover> InsuranceCovers => Set<Corridor.Domain.Recruitment.InsuranceCover>();
    public DbSet<Corridor.Domain.Recruitment.MedicalFitness> MedicalFitness => Set<Corridor.Domain.Recruitment.MedicalFitness>();
    public DbSet<Corridor.Domain.Statistics.StatisticsValue> StatisticsValues => Set<Corridor.Domain.Statistics.StatisticsValue>();
    public DbSet<Corridor.Domain.Statistics.StatisticsRebuild> StatisticsRebuilds => Set<Corridor.Domain.Statistics.StatisticsRebuild>();

    /// <summary>Records a named domain action to be audited with the next save.</summary>
    public void RecordAction(string action, string entityType, object entityId, object? data = null) =>
        _actions.Add(new PendingAction(action, entityType, entityId.ToString()!, data));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CorridorDbContext).Assembly);
        builder.UseSnakeCaseNames();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Legal dates are dates; times are UTC. Both providers store these natively (SQLite as ISO text).
        builder.Properties<decimal>().HavePrecision(18, 2);
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        // SQLite has no time-zone type and reads times back as Unspecified; every stored time is UTC.
        if (Database.IsSqlite()) builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = AuditEvent.TruncateToMicroseconds(_clock.GetUtcNow().UtcDateTime);
        Stamp(now);
        var events = AuditTrail.Collect(ChangeTracker, _actor, now, _actions);
        if (events.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            await LockAuditChainAsync(cancellationToken);
            var last = await AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
            AuditTrail.Chain(events, last?.Sequence ?? 0, last?.Hash ?? AuditEvent.GenesisHash);
            AuditEvents.AddRange(events);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            _actions.Clear();
            return written;
        }
        catch
        {
            // The events were not stored: forget them so a retry starts clean.
            foreach (var e in events) Entry(e).State = EntityState.Detached;
            throw;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// Serialises appends to the chain. PostgreSQL: a transaction-scoped advisory lock. SQLite: the
    /// transaction EF opens is BEGIN IMMEDIATE, which already holds the database's single write lock.
    /// </summary>
    private async Task LockAuditChainAsync(CancellationToken ct)
    {
        if (Database.IsNpgsql())
            await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditTrail.ChainLockKey})", ct);
    }

    private void Stamp(DateTime now)
    {
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.Version = 1;
                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                    break;
            }
        }
        foreach (var entry in ChangeTracker.Entries<CorridorUser>())
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Entity.Version = entry.State == EntityState.Added ? 1 : entry.Property(e => e.Version).OriginalValue + 1;
    }
}
