using Corridor.Domain.Admission;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Admission;

internal sealed class LevyStatementConfiguration : IEntityTypeConfiguration<LevyStatement>
{
    public void Configure(EntityTypeBuilder<LevyStatement> b)
    {
        b.ToTable("LevyStatements");
        b.Ignore(x => x.Lines);
        b.Ignore(x => x.Balance);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.RuleId).HasMaxLength(32);
        b.Property(x => x.LinesJson).HasColumnType("text");
        b.Property(x => x.ForeignSharePercent).HasPrecision(5, 2);
        // One statement per employer and month: the monthly run can be repeated safely.
        b.HasIndex(x => new { x.EmployerId, x.Period }).IsUnique();
        b.HasIndex(x => new { x.Period, x.Status });
        b.HasIndex(x => new { x.Status, x.DueOn });
        b.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LevyPaymentConfiguration : IEntityTypeConfiguration<LevyPayment>
{
    public void Configure(EntityTypeBuilder<LevyPayment> b)
    {
        b.ToTable("LevyPayments");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Reference).HasMaxLength(64);
        b.Property(x => x.RecordedByName).HasMaxLength(200);
        b.HasIndex(x => x.StatementId);
        b.HasOne<LevyStatement>().WithMany().HasForeignKey(x => x.StatementId).OnDelete(DeleteBehavior.Restrict);
    }
}
