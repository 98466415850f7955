using Corridor.Domain.Admission;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Admission;

internal sealed class WorkPermitApplicationConfiguration : IEntityTypeConfiguration<WorkPermitApplication>
{
    public void Configure(EntityTypeBuilder<WorkPermitApplication> b)
    {
        b.ToTable("WorkPermitApplications");
        b.Ignore(x => x.InQueue);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.OccupationCode).HasMaxLength(4);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.Property(x => x.OverrideProposedBy).HasMaxLength(256);
        b.Property(x => x.OverrideSecondOfficer).HasMaxLength(256);
        b.Property(x => x.Justification).HasMaxLength(2000);
        // The officers' queue lists referred applications oldest first.
        b.HasIndex(x => new { x.Status, x.SubmittedAt });
        b.HasIndex(x => x.EmployerId);
        b.HasIndex(x => x.WorkerId);
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Vacancy>().WithMany().HasForeignKey(x => x.VacancyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkPermitConfiguration : IEntityTypeConfiguration<WorkPermit>
{
    public void Configure(EntityTypeBuilder<WorkPermit> b)
    {
        b.ToTable("WorkPermits");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.OccupationCode).HasMaxLength(4);
        b.Property(x => x.Number).HasMaxLength(16);
        b.Property(x => x.VerificationCode).HasMaxLength(64);
        b.Property(x => x.CancellationReason).HasMaxLength(1000);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.VerificationCode).IsUnique();
        b.HasIndex(x => x.ApplicationId).IsUnique();
        b.HasIndex(x => new { x.EmployerId, x.Status });
        b.HasIndex(x => new { x.WorkerId, x.Status });
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkPermitApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<WorkPermit>().WithMany().HasForeignKey(x => x.ContinuesPermitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmployerChangeConfiguration : IEntityTypeConfiguration<EmployerChange>
{
    public void Configure(EntityTypeBuilder<EmployerChange> b)
    {
        b.ToTable("EmployerChanges");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Statement).HasMaxLength(2000);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.FiledBy).HasMaxLength(256);
        b.Property(x => x.DecidedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.Status, x.FiledAt });
        b.HasIndex(x => x.PermitId);
        b.HasOne<WorkPermit>().WithMany().HasForeignKey(x => x.PermitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AdmissionDecision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
