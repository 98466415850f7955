using Corridor.Domain.Protection;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Protection;

internal sealed class PayrollBatchConfiguration : IEntityTypeConfiguration<PayrollBatch>
{
    public void Configure(EntityTypeBuilder<PayrollBatch> b)
    {
        b.ToTable("PayrollBatches");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.SubmittedBy).HasMaxLength(256);
        b.HasIndex(x => x.SubmitterEmployerId);
        b.HasIndex(x => x.SubmittedAt);
    }
}

/// <summary>
/// Lines and alerts are bulk-loaded (binary COPY / prepared INSERT). They carry no foreign key to the batch:
/// the batch row is written last in the same transaction, so the audit chain's lock is held only at the end
/// (the commit makes all three visible together).
/// </summary>
internal sealed class PayrollLineConfiguration : IEntityTypeConfiguration<PayrollLine>
{
    public void Configure(EntityTypeBuilder<PayrollLine> b)
    {
        b.ToTable("PayrollLines");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Ignore(x => x.IsNational);
        b.Ignore(x => x.Allowances);
        b.Ignore(x => x.Gross);
        b.Ignore(x => x.Deductions);
        b.Property(x => x.NationalId).HasMaxLength(12);
        b.Property(x => x.OccupationCode).HasMaxLength(8);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Account).HasMaxLength(100);
        b.Property(x => x.OvertimeHours).HasPrecision(9, 2);
        b.HasIndex(x => new { x.BatchId, x.LineNumber });
        b.HasIndex(x => new { x.EmployerId, x.Period });
        b.HasIndex(x => new { x.WorkerId, x.Period });
    }
}

internal sealed class PayrollAlertConfiguration : IEntityTypeConfiguration<PayrollAlert>
{
    public void Configure(EntityTypeBuilder<PayrollAlert> b)
    {
        b.ToTable("PayrollAlerts");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.RuleId).HasMaxLength(32);
        b.Property(x => x.Message).HasMaxLength(500);
        b.HasIndex(x => new { x.BatchId, x.LineNumber });
        b.HasIndex(x => new { x.EmployerId, x.Period, x.RuleId });
        b.HasIndex(x => new { x.WorkerId, x.Period });
    }
}

internal sealed class WageEscalationConfiguration : IEntityTypeConfiguration<WageEscalation>
{
    public void Configure(EntityTypeBuilder<WageEscalation> b)
    {
        b.ToTable("WageEscalations");
        b.Property(x => x.Version).IsConcurrencyToken();
        // One row per employer, month and step: repeating the daily job takes no step twice.
        b.HasIndex(x => new { x.EmployerId, x.Period, x.Step }).IsUnique();
        b.HasIndex(x => new { x.Period, x.Step });
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}
