using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Recruitment;

internal sealed class DeploymentClearanceConfiguration : IEntityTypeConfiguration<DeploymentClearance>
{
    public void Configure(EntityTypeBuilder<DeploymentClearance> b)
    {
        b.ToTable("DeploymentClearances");
        b.Ignore(x => x.Checks);
        b.Ignore(x => x.Unmet);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Number).HasMaxLength(16);
        b.Property(x => x.VerificationCode).HasMaxLength(64);
        b.Property(x => x.EmployerKey).HasMaxLength(300);
        b.Property(x => x.EmployerName).HasMaxLength(200);
        b.Property(x => x.DestinationCountry).HasMaxLength(3);
        b.Property(x => x.OccupationCode).HasMaxLength(4);
        b.Property(x => x.Jobsite).HasMaxLength(300);
        b.Property(x => x.ChecksJson).HasColumnType("text");
        b.Property(x => x.RequestedBy).HasMaxLength(256);
        b.Property(x => x.RevokedBy).HasMaxLength(256);
        b.Property(x => x.RevocationReason).HasMaxLength(1000);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.VerificationCode).IsUnique();
        b.HasIndex(x => new { x.WorkerId, x.DecidedAt });
        b.HasIndex(x => new { x.AgencyId, x.DecidedAt });
        b.HasIndex(x => new { x.Status, x.DecidedAt });
        b.HasIndex(x => x.ContractId);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RecruitmentAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EmploymentContract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JobOrder>().WithMany().HasForeignKey(x => x.JobOrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DeploymentClearance>().WithMany().HasForeignKey(x => x.PreviousClearanceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WelfareFundMembershipConfiguration : IEntityTypeConfiguration<WelfareFundMembership>
{
    public void Configure(EntityTypeBuilder<WelfareFundMembership> b)
    {
        b.ToTable("WelfareFundMemberships");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.ReceiptNumber).HasMaxLength(64);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.WorkerId, x.CoversUntil });
        b.HasIndex(x => x.ContractId);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EmploymentContract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InsuranceCoverConfiguration : IEntityTypeConfiguration<InsuranceCover>
{
    public void Configure(EntityTypeBuilder<InsuranceCover> b)
    {
        b.ToTable("InsuranceCovers");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Insurer).HasMaxLength(200);
        b.Property(x => x.PolicyNumber).HasMaxLength(64);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.HasIndex(x => x.WorkerId);
        b.HasIndex(x => x.ContractId);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EmploymentContract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Fit/unfit, date and clinic only: the table has no column a diagnosis or an HIV status could go in.</summary>
internal sealed class MedicalFitnessConfiguration : IEntityTypeConfiguration<MedicalFitness>
{
    public void Configure(EntityTypeBuilder<MedicalFitness> b)
    {
        b.ToTable("MedicalFitness");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.ClinicName).HasMaxLength(200);
        b.HasIndex(x => new { x.WorkerId, x.ExaminedOn });
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
