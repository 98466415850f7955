using Corridor.Domain.Recruitment;
using Corridor.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Corridor.Data.Configurations.Recruitment;

internal sealed class RecruitmentCostConfiguration : IEntityTypeConfiguration<RecruitmentCost>
{
    public void Configure(EntityTypeBuilder<RecruitmentCost> b)
    {
        b.ToTable("RecruitmentCosts");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.DestinationCountry).HasMaxLength(3);
        b.Property(x => x.OccupationCode).HasMaxLength(4);
        b.Property(x => x.CategoryCode).HasMaxLength(32);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.WageCurrency).HasMaxLength(3);
        b.Property(x => x.ReceiptNumber).HasMaxLength(64);
        b.Property(x => x.EnteredBy).HasMaxLength(256);
        b.Property(x => x.CapRuleId).HasMaxLength(32);
        b.Property(x => x.CapSource).HasMaxLength(300);
        b.HasIndex(x => new { x.WorkerId, x.AgencyId });
        b.HasIndex(x => new { x.AgencyId, x.Source });
        b.HasIndex(x => x.ViolationCaseId);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RecruitmentAgency>().WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ViolationCase>().WithMany().HasForeignKey(x => x.ViolationCaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FeeCapException>().WithMany().HasForeignKey(x => x.CapExceptionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FeeCapExceptionConfiguration : IEntityTypeConfiguration<FeeCapException>
{
    public void Configure(EntityTypeBuilder<FeeCapException> b)
    {
        b.ToTable("FeeCapExceptions");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.DestinationCountry).HasMaxLength(3);
        b.Property(x => x.IscoPrefix).HasMaxLength(4);
        b.Property(x => x.Citation).HasMaxLength(300);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.DestinationCountry, x.ValidFrom });
    }
}

internal sealed class FirstMonthEarningsConfiguration : IEntityTypeConfiguration<FirstMonthEarnings>
{
    public void Configure(EntityTypeBuilder<FirstMonthEarnings> b)
    {
        b.ToTable("FirstMonthEarnings");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.EnteredBy).HasMaxLength(256);
        b.HasIndex(x => x.WorkerId);
        b.HasOne<MigrantWorker>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}
